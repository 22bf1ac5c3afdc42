"""Model and dataset names: well-known ones from the vocabulary, new ones from their form and context."""

import pytest

from extracting import keys, links, open_names, run
from kg.evidence import PAPER


def test_well_known_image_translation_and_vision_models_are_known(vocabulary):
    e = run(
        vocabulary,
        "Synthetic skin images",
        "We synthesise images via pix2pixHD and compare the result with the Florence-2 base model on lesion grounding.",
    )
    assert {"Model/pix2pixhd", "Model/florence-2"} <= keys(e, "Model")


def test_well_known_restoration_tracking_and_anomaly_models_are_known(vocabulary):
    e = run(
        vocabulary,
        "Baselines",
        "We compare Restormer, UNeXt and MRNet, track tools with StrongSORT and ByteTrack, and flag outliers with an "
        "Isolation Forest and a one-class SVM. A Visual Geometry Group-16 network is trained too.",
    )
    assert {
        "Model/restormer", "Model/unext", "Model/mrnet", "Model/strongsort", "Model/bytetrack",
        "Model/isolation-forest", "Model/one-class-svm", "Model/vgg-16",
    } <= keys(e, "Model")


def test_densenet_and_efficientnet_variants_are_known(vocabulary):
    e = run(vocabulary, "Keratitis", "Densenet161 did best; EfficientNet B1, EfficientNet-B3 and EfficientNetB7 followed.")
    assert {"Model/densenet-161", "Model/efficientnet-b1", "Model/efficientnet-b3", "Model/efficientnet-b7"} <= keys(e, "Model")


def test_a_family_written_with_model_is_the_family(vocabulary):
    """"Google's Inception model": the family's name before "model" is that family, as "the
    Inception architecture" is; "inception" alone is also an English word ("since its inception")."""
    assert "Model/inception" in keys(run(vocabulary, "Embryo grading", "We developed a framework based on Google's Inception model."), "Model")
    assert not keys(run(vocabulary, "Embryo grading", "Since its inception, time-lapse imaging has grown."), "Model")


def test_a_bracket_inside_a_word_keeps_the_word_whole(vocabulary):
    """"an SE(3)-symmetric transformer model": the group's name with its argument is one word, no
    model "SE(3"; a bracket that opens the word ends before its glued suffix ("(SVR)-based")."""
    e = run(vocabulary, "Aneurysm growth", "We propose to use an SE(3)-symmetric transformer model to predict aneurysm growth.")
    assert not keys(e, "Model")


def test_a_known_name_that_holds_a_shorter_known_name_is_the_longer_one(vocabulary):
    e = run(vocabulary, "Polyp segmentation with Pyramid Vision Transformers", "Our encoder is a Mix Vision Transformer.")
    assert keys(e, "Model") == {"Model/pvt", "Model/mix-transformer"}


def test_a_vocabulary_word_the_paper_defines_as_its_models_name_is_that_model(vocabulary):
    e = run(
        vocabulary,
        "Fast knee imaging",
        "We present the Fast Lightweight Attention-based Imaging Reconstruction network (FLAIR) for knee MRI. "
        "FLAIR reconstructs scans four times faster than the baselines.",
    )
    assert "Model/name:flair" in keys(e, "Model")
    assert "Modality/flair" not in keys(e, "Modality")
    assert {m.sentence for m in e.mentions if m.key == "Model/name:flair"} == {1, 2}


def test_a_vocabulary_word_defined_by_its_long_form_stays_what_it_is(vocabulary):
    e = run(vocabulary, "Brain lesions", "We segment lesions on fluid-attenuated inversion recovery (FLAIR) images of the brain.")
    assert {m.text for m in e.mentions if m.type == "Modality"} >= {"FLAIR", "fluid-attenuated inversion recovery"}  # counted as MRI
    assert not keys(e, "Model")


def test_a_dataset_long_form_makes_a_metrics_initials_its_short_form(vocabulary):
    """NSD is a metric's short form (normalised surface distance) in most papers, but "the Natural
    Scenes Dataset (NSD)" names a dataset, and NSD it from then on; "Convolutional Neural Network
    (CNN)" still names a family."""
    e = run(
        vocabulary,
        "NeuralDiffuser: fMRI visual reconstruction",
        "Results on the Natural Scenes Dataset (NSD) demonstrate the advancement of NeuralDiffuser. "
        "A Convolutional Neural Network (CNN) encodes each NSD image.",
    )
    assert keys(e, "Dataset") == {"Dataset/name:nsd"}
    assert ("Dataset/name:nsd", "Natural Scenes Dataset") in e.aliases
    assert keys(e, "Model") == {"Model/name:neuraldiffuser"}


def test_a_size_letter_s_after_a_version_is_a_variant_not_a_plural(vocabulary):
    """YOLOv5s is the small YOLOv5, kept apart from YOLOv5m as versions and variants are, and based on
    YOLOv5; an s after a digit makes no plural."""
    e = run(vocabulary, "Laryngeal cancer detection", "The ensemble of YOLOv5s with YOLOv5m-TTA achieved the best results.")
    assert {"Model/name:yolov5s"} <= keys(e, "Model") and "Model/yolov5" not in keys(e, "Model")
    assert ("Model/name:yolov5s", "Model/yolov5") in links(e, "basedOn")


def test_a_radiotracer_is_no_dataset(vocabulary):
    e = run(vocabulary, "Renal function from scintigraphy", "Our DL model exhibited excellent performance in the generation of ROIs on 99mTc-DTPA renal scans.")
    assert not keys(e, "Dataset")


def test_an_artificial_neural_network_is_a_kind_not_a_model(vocabulary):
    e = run(vocabulary, "Renal tumours on CT", "We created an artificial neural network (ANN) solution based on CT images. The VGG-16 ANN architecture was used.")
    assert keys(e, "Model") == {"Model/vgg-16"}


def test_a_pseudo_ct_is_an_image_not_a_model(vocabulary):
    e = run(vocabulary, "Attenuation correction in SPECT", "The training datasets were then input to CycleGAN, and pseudo-CT images were output.")
    assert keys(e, "Model") == {"Model/cyclegan"}


def test_ent_names_a_specialty_not_a_model(vocabulary):
    e = run(vocabulary, "Vocal fold classification", "Compared to our ENT doctors, the Xception model produced better results than a junior doctor.")
    assert keys(e, "Model") == {"Model/xception"}


def test_information_technology_is_no_model(vocabulary):
    e = run(vocabulary, "AI for intracranial haemorrhage on CT", "Our findings emphasize careful software implementation into a robust IT architecture.")
    assert not keys(e, "Model")


def test_a_known_product_named_after_a_generic_acronym_is_the_product(vocabulary):
    # "CAD" alone names a family (computer-aided detection); "CAD EYE" is Fujifilm's polyp system
    e = run(vocabulary, "AI for colorectal polyps", "Endoscopists characterised polyps with the CAD EYE system in real time.")
    assert keys(e, "Model") == {"Model/cad-eye"}
    # nor is its maker, written beside it, a model coordinated with it
    e = run(vocabulary, "AI for colorectal polyps", "Experts performed colonoscopies with AI-equipped colonoscopes (CAD EYE, Fujifilm).")
    assert keys(e, "Model") == {"Model/cad-eye"}


def test_an_acronym_before_a_tag_spells_the_long_form(vocabulary):
    """"Database for Thyroid Research (DTR-IR)": DTR spells the long form, IR tags the images (as
    in DMR-IR, the Database for Mastology Research, a dataset the vocabulary knows)."""
    e = run(
        vocabulary,
        "Thyroid disease from thermograms",
        "The thermal neck image dataset namely, Database for Thyroid Research (DTR-IR) is used to evaluate our model.",
    )
    assert keys(e, "Dataset") == {"Dataset/name:dtrir"}
    assert ("Dataset/name:dtrir", "Database for Thyroid Research") in e.aliases


def test_a_long_form_holding_the_known_concept_keeps_the_short_form_that_concept(vocabulary):
    """'immunohistochemical techniques (IHC)': a head noun ends the long form, but the long form
    names the stain the short form is known as; no model is made of it."""
    e = run(vocabulary, "HER2 scoring", "HER2 is assessed with immunohistochemical techniques (IHC), which is expensive. We predict IHC from H&E.")
    assert not keys(e, "Model")
    assert {m.text for m in e.mentions if m.key == "Modality/ihc"} >= {"IHC", "immunohistochemical"}


def test_a_title_opening_on_a_short_form_names_what_its_lower_case_long_form_heads(vocabulary):
    """'BCI: Breast Cancer Immunohistochemical Image Generation ...' and 'we propose a breast cancer
    immunohistochemical (BCI) benchmark': a long form in lower case ending in a modality abbreviates a
    phrase elsewhere, but a title that opens on its short form names the paper's own work."""
    e = run(
        vocabulary,
        "BCI: Breast Cancer Immunohistochemical Image Generation through Pyramid Pix2pix",
        "We propose a breast cancer immunohistochemical (BCI) benchmark of paired images. Experiments show that BCI is hard.",
    )
    assert "Dataset/name:bci" in keys(e, "Dataset")
    assert (PAPER, "Dataset/name:bci") in links(e, "introduces")
    plain = run(vocabulary, "Stain transfer", "We use a breast cancer immunohistochemical (BCI) benchmark of paired images.")
    assert not open_names(plain)


def test_a_known_short_form_the_paper_spells_out_otherwise_is_not_the_known_thing(vocabulary):
    e = run(
        vocabulary,
        "Retinal aging",
        "A similarity aggregation module (SAM) fuses features. The retinal age gap (RAG) predicts mortality. "
        "SAM and RAG improve on the Segment Anything Model (SAM) baseline.",
    )
    assert [m.start for m in e.mentions if m.key == "Model/sam"] == [e.paper.text.index("Segment Anything Model")]
    assert "Task/rag" not in keys(e, "Task")
    assert not any("age gap" in alias or "aggregation" in alias for _, alias in e.aliases)
    # a long form that words the known one otherwise is still it
    e = run(vocabulary, "Report generation", "We add retrieval-augmented report generation (RAG) to a chest X-ray model.")
    assert "Task/rag" in keys(e, "Task")


def test_a_known_name_the_paper_writes_in_other_case_and_spells_out_otherwise_is_not_it(vocabulary):
    """'a virtual imaging trial (VIT) platform' is no ViT, though a name would merge with ViT's; the
    letters still name a dataset of the paper's where a dataset noun follows, apart from the PaLM model."""
    e = run(vocabulary, "Virtual screening", "We establish a virtual imaging trial (VIT) platform that simulates lung screening trials.")
    assert "Model/vit" not in keys(e, "Model")
    e = run(vocabulary, "Myopic maculopathy", "The Pathological Myopia (PALM) dataset is used for comparison with other algorithms.")
    assert keys(e, "Dataset") == {"Dataset/name:palm"}
    assert not keys(e, "Model")


def test_capitalised_words_before_a_dataset_noun_are_one_dataset_name(vocabulary):
    e = run(
        vocabulary,
        "Knee imaging at scale",
        "Our model is trained on the Northern Lights Knee Imaging dataset and tested on the Glacier-Scan benchmark. "
        "We also use 300 cases from the ZYX Imaging Challenge.",
    )
    found = keys(e, "Dataset")
    assert {"Dataset/name:northernlightskneeimaging", "Dataset/name:glacierscan", "Dataset/name:zyximagingchallenge"} <= found


def test_capitalised_words_broken_by_a_common_word_name_no_dataset(vocabulary):
    e = run(vocabulary, "Knee imaging at scale", "We train our network on the Large public dataset of knee radiographs from Norway.")
    assert not keys(e, "Dataset")


def test_plain_capitalised_words_between_a_known_dataset_and_its_noun_describe_it(vocabulary):
    """"the IDRiD Diabetic Retinopathy datasets": IDRiD, said to hold diabetic retinopathy images; no
    new dataset "IDRiD Diabetic Retinopathy"."""
    e = run(vocabulary, "Fundus lesions", "We trained YOLOv5 on the public DDR and IDRiD Diabetic Retinopathy datasets.")
    assert keys(e, "Dataset") == {"Dataset/ddr", "Dataset/idrid"}
    assert links(e, "trainedOn") == {("Model/yolov5", "Dataset/ddr"), ("Model/yolov5", "Dataset/idrid")}


def test_a_known_model_in_the_plural_is_the_known_model(vocabulary):
    """"We pretrain ResNet50s and ViT-Bs": several copies of ResNet-50 and ViT-B, no new models."""
    e = run(vocabulary, "Pretraining", "We pretrain ResNet50s and ViT-Bs on ImageNet and compare them with ResNet-50 and ViT-B.")
    assert keys(e, "Model") == {"Model/resnet-50", "Model/vit-b"}


def test_a_head_noun_in_camel_case_is_the_noun_not_a_name(vocabulary):
    e = run(vocabulary, "Skull to Face Matching with Benchmark DataSet", "We evaluate a matching network on the new DataSet and on a DataBase of faces.")
    assert not keys(e, "Dataset")


def introduced(extraction):
    return {l.object for l in extraction.links if l.relation == "introduces"}


def test_a_new_name_that_names_the_papers_code_repository_is_its_own(vocabulary):
    e = run(
        vocabulary,
        "Vessel segmentation in angiograms",
        "On the GlimDB dataset, the model achieved an IoU of 0.63. "
        "QuuxSeg runs in real time on a laptop. "
        "The code is available at https://github.com/somelab/QuuxSeg.",
    )
    assert "Model/name:quuxseg" in introduced(e)
    uses = {(l.subject, l.object) for l in e.links if l.relation == "evaluatedOn"}
    assert ("Model/name:quuxseg", "Dataset/name:glimdb") in uses


def test_a_repository_of_a_known_tool_does_not_make_it_the_papers(vocabulary):
    e = run(
        vocabulary,
        "Vessel segmentation in angiograms",
        "We compare our approach with nnU-Net, whose code is at https://github.com/MIC-DKFZ/nnUNet, on three sites.",
    )
    assert not introduced(e)


def test_a_known_name_extended_by_a_hyphenated_part_is_a_new_variant(vocabulary):
    e = run(vocabulary, "Skin photographs", "Gemini-Derm answers questions about skin photographs. We use a CLIP-based encoder.")
    assert "Model/name:geminiderm" in keys(e, "Model")
    assert ("Model/name:geminiderm", "Model/gemini") in {(l.subject, l.object) for l in e.links if l.relation == "basedOn"}
    assert not any(k.startswith("Model/name:clip") for k in keys(e, "Model"))


def test_a_spaced_version_of_a_family_known_in_versions_is_that_version(vocabulary):
    e = run(
        vocabulary,
        "Large multimodal models read brain MRI",
        "We evaluate Gemini 3 Pro, Claude Sonnet 4.5 and Gemini 1.5 Pro, running Llama 3 10 times.",
    )
    assert {m.text: m.key for m in e.mentions if m.type == "Model"} == {
        "Gemini 3 Pro": "Model/name:gemini3pro",  # the vocabulary lists Gemini 1.5 and 2.5, not 3
        "Claude Sonnet 4.5": "Model/name:claudesonnet45",  # a tier word as its labels write it ("Claude Opus 4")
        "Gemini 1.5 Pro": "Model/gemini-1-5",
        "Llama 3": "Model/llama-3",  # "10 times" counts runs: no version
    }


def test_a_modality_or_organ_before_a_capitalised_dataset_noun_names_no_dataset(vocabulary):
    e = run(
        vocabulary,
        "Kvasir-VQA: A Text-Image Pair GI Tract Dataset",
        "We compare it with the OCT Dataset and evaluate trackers on the Cell Tracking Challenge.",
    )
    assert keys(e, "Dataset") == {"Dataset/name:kvasirvqa", "Dataset/name:celltrackingchallenge"}
    assert "AnatomicalStructure/gi-tract" in keys(e, "AnatomicalStructure")


def test_two_modalities_joined_by_to_name_no_model(vocabulary):
    e = run(
        vocabulary,
        "Virtual IHC",
        "We present StainNet for H&E-to-IHC stain translation and compare CT-to-PET translation models on the largest CT-PET dataset.",
    )
    assert keys(e, "Model") == {"Model/name:stainnet"}
    assert keys(e, "Dataset") == set()
    # "CT-PET" is the combined examination, no name; as the paper names both its parts, they stand for it
    assert {"Modality/ct", "Modality/pet"} <= keys(e, "Modality")
    e = run(vocabulary, "Virtual PET", "We compare translation models on the largest CT-PET dataset.")
    assert keys(e, "Dataset") == set() and "Modality/pet-ct" in keys(e, "Modality")


def test_a_disease_abbreviation_before_a_model_noun_names_no_model(vocabulary):
    e = run(vocabulary, "Fracture detection on CT", "A vendor developed a VCF detection algorithm to detect VCFs on chest CT.")
    assert not keys(e, "Model")


def test_two_modalities_hyphened_together_name_no_dataset(vocabulary):
    e = run(vocabulary, "APIS: A paired CT-MRI dataset for ischemic stroke segmentation challenge", "We release paired scans of 96 patients.")
    assert keys(e, "Dataset") == {"Dataset/name:apis"}
    assert {"Modality/ct", "Modality/mri"} <= keys(e, "Modality")


def test_capitalised_words_dated_or_counted_by_hyphens_are_a_name(vocabulary):
    e = run(vocabulary, "Medical VQA", "We fine-tune it on public benchmarks, e.g., VQA-RAD, SLAKE, and Image-Clef-2019, outperforming existing models.")
    assert "Dataset/name:imageclef2019" in keys(e, "Dataset")
    e = run(vocabulary, "Scalable pre-training", "It gains 10% on the proposed brain MRI benchmark Pub-Quux-5 and on the Zorg-Scan-12 dataset.")
    assert {"Dataset/name:pubquux5", "Dataset/name:zorgscan12"} <= keys(e, "Dataset")


def test_an_acronym_with_its_number_and_a_place_is_a_name(vocabulary):
    """'COVID-19-Italy', 'COVID-19-China': a generic acronym and its number, then a capitalised word,
    name one collection of their own."""
    e = run(vocabulary, "Lung CT", "The model was validated on eight datasets: LIDC-IDRI, RIDER, VESSEL12, COVID-19-Italy, and COVID-19-China.")
    assert {"Dataset/name:covid19italy", "Dataset/name:covid19china"} <= keys(e, "Dataset")


def test_metrics_written_in_capitals_are_no_models(vocabulary):
    e = run(
        vocabulary,
        "Lesion segmentation in fundus images",
        "In comparison with the baseline U-Net, our network improves the segmentation performance by 12%, 11%, "
        "and 6% on metrics SEN, IOU, and DICE, respectively.",
    )
    assert not open_names(e, "Model")


def test_activations_and_optimisers_are_no_models(vocabulary):
    e = run(
        vocabulary,
        "Classification of cytopathology images",
        "We use BreakHis. Utilizing a neural network with fully connected layers and employing the SoftMax function "
        "for image classification. It is trained with AdamW and GELU activations.",
    )
    assert not open_names(e, "Model")


def test_a_condition_given_as_an_example_and_a_decision_support_system_are_no_models(vocabulary):
    e = run(
        vocabulary,
        "DeepSPV: spleen volume from ultrasound",
        "Spleen size is an indicator for various associated medical conditions, such as sickle cell disease (SCD). "
        "SCD is prevalent in the Global South. Radiologists used an AI clinical decision support system (CDSS) for chest X-rays.",
    )
    assert keys(e, "Model") == {"Model/name:deepspv"}


def test_metrics_strategies_averaging_and_vendors_are_no_models(vocabulary):
    e = run(
        vocabulary,
        "PAAL: active learning for segmentation",
        "PAAL consists of an Accuracy Predictor and a Weighted Polling Strategy (WPS). EMA teacher networks oversee the outputs. "
        "The segmentation leads to Dice and clDice metrics close to the interrater variability on 3T GE MR systems.",
    )
    assert keys(e, "Model") == {"Model/name:paal"}


def test_a_metric_named_after_a_person_in_a_lower_case_phrase_is_no_model(vocabulary):
    e = run(
        vocabulary,
        "Brain vessel segmentation in CTA",
        "Metrics such as average directed Hausdorff distance (adHD) and topology sensitivity (tSens) showed an aDHD of 0.3 mm on TopBrain.",
    )
    assert not {k for k in keys(e, "Model") if "adhd" in k}


def test_totalsegmentator_mri_is_kept_apart_from_totalsegmentator(vocabulary):
    e = run(vocabulary, "Benchmarking MRI multi-organ segmentation", "We benchmark MRSegmentator and TotalSegmentator MRI on abdominal MRI.")
    assert "Model/totalsegmentator-mri" in keys(e, "Model")
    assert "Model/totalsegmentator" not in keys(e, "Model")


def test_a_mixing_augmentation_is_a_method_not_a_dataset(vocabulary):
    e = run(vocabulary, "Tumor segmentation in PET/CT", "We train nnU-Net with batch dice and data augmentation using CraveMix on the autoPET III data.")
    assert "Model/name:cravemix" in keys(e, "Model")
    assert not {k for k in keys(e, "Dataset") if "mix" in k}


def test_an_unspaced_em_dash_separates_names(vocabulary):
    e = run(
        vocabulary,
        "Polyp segmentation",
        "We evaluate QuuxNet on three public datasets—Kvasir-SEG, ZorbDB and GlimDB—and it outperforms PraNet on each.",
    )
    names = {m.text for m in e.mentions if m.type in ("Model", "Dataset")}
    assert {"QuuxNet", "Kvasir-SEG", "GlimDB"} <= names
    assert not [name for name in names if "—" in name]


def test_a_known_models_letters_in_another_case_given_another_meaning_name_nothing(vocabulary):
    # the vocabulary knows the model "CvT"; here CVT is a disease, with no head noun to type it
    e = run(vocabulary, "Venous thrombosis on CT", "CT has a low sensitivity for Cerebral Venous Thrombosis (CVT). We develop a tool to detect CVT.")
    assert not keys(e, "Model")


def test_a_fibroblast_activation_protein_tracer_names_no_dataset(vocabulary):
    e = run(vocabulary, "Low-dose PET denoising", "Extensive experiments on 18F-FDG and 68Ga-FAPI datasets show that QuuxDiff outperforms the baselines.")
    assert not keys(e, "Dataset")


def test_a_radiotracer_written_isotope_first_names_no_dataset(vocabulary):
    # "[18F]PSMA-1007 PET/CT studies": the bracketed isotope opens a tracer's name, and "studies" are scans
    e = run(vocabulary, "Split renal function in PSMA PET/CT", "Kidneys were segmented in 135 [18F]PSMA-1007 PET/CT studies.")
    assert not keys(e, "Dataset")


def test_two_hyphens_typed_for_a_dash_end_a_short_form(vocabulary):
    e = run(vocabulary, "Nodule classification", "We propose a framework--Multi-scale Quux Networks (MQN)--to capture nodule heterogeneity.")
    assert keys(e, "Model") == {"Model/name:mqn"}


def test_a_hyphen_between_a_plural_and_a_name_is_a_dash(vocabulary):
    e = run(vocabulary, "Skin lesion classification", "Four well-known CNN models-InceptionV3, DenseNet201 and QuuxNet were trained on class-IL splits.")
    assert keys(e, "Model") == {"Model/inception-v3", "Model/densenet-201", "Model/name:quuxnet"}
    assert "InceptionV3" in {m.text for m in e.mentions}


def test_a_spaced_em_dash_separates_names(vocabulary):
    e = run(vocabulary, "Evaluating Stenosis Detection with Grounding DINO, YOLO, and QuuxDet-DETR — ZorbCADE Dataset", "")
    assert "Model/name:quuxdetdetr" in keys(e, "Model")
    assert "Dataset/name:zorbcade" in keys(e, "Dataset")


def test_a_labels_hyphens_may_be_written_as_spaces(vocabulary):
    e = run(vocabulary, "Chest radiographs", "We fine-tune DenseNet 201 and ResNet 152 on chest X ray images.")
    assert {"Model/densenet-201", "Model/resnet-152"} == keys(e, "Model")
    assert "Modality/chest-x-ray" in keys(e, "Modality")


def test_a_labels_hyphens_may_be_left_out_keeping_its_case(vocabulary):
    e = run(vocabulary, "Liver tumours", "We evaluate on the LiTS and 3DIRCADb datasets, and on KvasirCapsule but not Kvasircapsule.")
    assert {"Dataset/lits", "Dataset/ircadb", "Dataset/kvasir-capsule"} == keys(e, "Dataset")
    assert [m.text for m in e.mentions if m.key == "Dataset/kvasir-capsule"] == ["KvasirCapsule"]


def test_a_capitalised_compound_before_a_titles_colon_is_the_papers_model(vocabulary):
    e = run(vocabulary, "Meta-Glim: a baseline for efficient polyp segmentation", "We propose a method for polyp segmentation.")
    assert "Model/name:metaglim" in introduced(e)
    e = run(vocabulary, "Self-Supervised Learning: a survey of polyp segmentation", "We review methods for polyp segmentation.")
    assert not keys(e, "Model")


def test_capitalised_words_between_a_name_and_a_lower_case_dataset_noun_belong_to_the_name(vocabulary):
    e = run(
        vocabulary,
        "Instance learning for slides",
        "Experiments on the QXZ Lung Cancer dataset show that our method achieves the best slide-level accuracy.",
    )
    assert "Dataset/name:qxzlungcancer" in keys(e, "Dataset")
    assert "Dataset/name:qxzlung" not in keys(e, "Dataset")


def test_a_list_of_versions_after_a_known_family_names_each_known_version(vocabulary):
    e = run(
        vocabulary,
        "Mass detection in mammograms",
        "We compare YOLO versions V5, V7, and V8 for mass detection.",
    )
    assert {"Model/yolov5", "Model/yolov7", "Model/yolov8"} <= keys(e, "Model")
    assert not open_names(e)


def test_a_challenge_named_with_a_year_after_it_is_that_years_edition(vocabulary):
    e = run(vocabulary, "Kidney tumour segmentation", "We train on the Kidney Tumor Segmentation Challenge 2019 data and test on the ISLES challenge 2018.")
    assert keys(e, "Dataset") == {"Dataset/kits19", "Dataset/isles-2018"}
    # a range of years is no one edition
    e = run(vocabulary, "Brain tumour segmentation", "We train on the Brain Tumor Segmentation Challenge 2021-2023 data.")
    assert keys(e, "Dataset") == {"Dataset/brats"}



def test_a_version_after_the_spelled_out_family_is_that_version(vocabulary):
    e = run(vocabulary, "Foreign objects on chest X-rays", "The detector was trained with the You Only Look Once v8 architecture.")
    assert keys(e, "Model") == {"Model/yolov8"}

def test_one_after_a_coordinated_name_stands_for_the_head_noun_before_it(vocabulary):
    e = run(
        vocabulary,
        "Seizure prediction from EEG",
        "Our network reaches a sensitivity of 89% on the Glimmer Seizure dataset and the QXZ-MIT one respectively.",
    )
    assert "Dataset/name:qxzmit" in keys(e, "Dataset")


def test_a_version_glued_to_a_known_family_is_a_new_version_of_it(vocabulary):
    e = run(vocabulary, "Polyp detection in colonoscopy", "Our pipeline reaches an mAP50 of 0.96 with YOLOv17 and 0.95 with YOLOv8n.")
    assert {"Model/name:yolov17", "Model/name:yolov8n"} <= keys(e, "Model")
    based_on = links(e, "basedOn")
    assert ("Model/name:yolov17", "Model/yolo") in based_on
    assert ("Model/name:yolov8n", "Model/yolov8") in based_on


def test_a_dimension_glued_to_a_known_model_is_a_variant_of_it(vocabulary):
    """"a pre-trained ViT3D with perceiver": the 3D form of ViT, as ViT-3D is."""
    e = run(vocabulary, "CT report generation", "We leverage a pre-trained ViT3D with perceiver to extract the visual information.")
    assert keys(e, "Model") == {"Model/name:vit3d"} and ("Model/name:vit3d", "Model/vit") in links(e, "basedOn")


def test_a_name_going_on_in_capitals_may_be_written_with_them_lowered(vocabulary):
    e = run(vocabulary, "Polyp segmentation", "We train on the Kvasir-seg dataset and test on Kvasir-Seg images and on MIMIC-cxr.")
    found = keys(e, "Dataset")
    assert "Dataset/kvasir-seg" in found and "Dataset/kvasir" not in found
    assert "Dataset/mimic-cxr" not in found  # a name all in capitals keeps its case


def test_models_a_title_names_after_using_are_used_not_introduced(vocabulary):
    e = run(vocabulary, "Liver tumour segmentation using a combination of U-Net and ResNet models", "We segment liver tumours in CT.")
    assert {"Model/u-net", "Model/resnet"} <= keys(e, "Model")
    assert not introduced(e)
    e = run(vocabulary, "QuuxFormer Networks for Liver Tumour Segmentation", "We segment liver tumours in CT.")
    assert introduced(e) == {"Model/name:quuxformer"}


def test_names_and_versions_before_a_lower_case_dataset_noun_belong_to_the_name(vocabulary):
    e = run(
        vocabulary,
        "Motor imagery decoding",
        "When tested on the BCI Competition IV-2a dataset, our model wins. "
        "It also leads on the Kvasir-SEG and BKAI-IGH NeoPolyp datasets.",
    )
    assert {"Dataset/name:bcicompetitioniv2a", "Dataset/name:bkaiighneopolyp"} <= keys(e, "Dataset")
    assert not {"Dataset/name:bci", "Dataset/name:neopolyp", "Dataset/name:bkaiigh"} & keys(e, "Dataset")


def test_capitalised_words_and_label_words_before_a_dataset_noun_name_the_dataset(vocabulary):
    e = run(
        vocabulary,
        "Mitochondria segmentation",
        "Our models lead on the well-known EPFL Hippocampus mitochondria segmentation dataset.",
    )
    assert open_names(e, "Dataset") == {"epflhippocampus"}


def test_a_name_with_two_plus_signs_is_an_edition_of_its_own(vocabulary):
    """"Lucchi++" re-labels the Lucchi data as "UNet++" improves on U-Net: the marks make the word a name."""
    e = run(
        vocabulary,
        "Mitochondria segmentation",
        "We benchmarked our models on two other available datasets, Lucchi++ and Kasthuri++, where they win. We wrote the code in C++.",
    )
    assert open_names(e, "Dataset") == {"lucchi++", "kasthuri++"}
    assert not open_names(e, "Model")


def test_our_noun_and_a_name_set_off_by_commas_opening_a_sentence_introduce_the_name(vocabulary):
    """"Our model, SurvPath, achieves ...": the sentence's capitalised "Our" names no model."""
    e = run(vocabulary, "Survival prediction from slides", "We fuse both modalities. Our model, SurvPath, achieves state-of-the-art performance.")
    assert introduced(e) == {"Model/name:survpath"}


def test_the_modules_of_mimic_eye_are_datasets_of_their_own(vocabulary):
    e = run(
        vocabulary,
        "Fusing X-rays with clinical data",
        "We evaluate on MIMIC-Eye, a dataset comprising MIMIC-CXR (chest X-ray images), MIMIC IV-ED (clinical data), and REFLACX (annotations).",
    )
    assert {"Dataset/mimic-eye", "Dataset/mimic-cxr", "Dataset/mimic-iv-ed", "Dataset/reflacx"} <= keys(e, "Dataset")


def test_a_name_shaped_as_a_model_named_after_a_dataset_noun_is_a_model(vocabulary):
    """The nearest noun before "named" is the data the method works on; "GAN" closing the name says model."""
    e = run(
        vocabulary,
        "GAN-based augmentation",
        "We propose a GAN-based method to synthesize skin lesion images for the imbalanced dataset, named Self-Transfer GAN (STGAN).",
    )
    assert keys(e, "Model") == {"Model/name:stgan"} and not keys(e, "Dataset")


def test_a_mixed_case_name_spelling_an_organ_is_not_matched_in_a_titles_words(vocabulary):
    """BACH's "BreAst Cancer Histology" written as plain words in a title is breast cancer histology."""
    e = run(vocabulary, "Mitosis Detection in Breast Cancer Histology Images", "We detect mitoses in H&E images.")
    assert not keys(e, "Dataset")


def test_also_called_gives_another_name_of_a_thing_not_a_models_name(vocabulary):
    e = run(
        vocabulary,
        "CoroNet: detection of COVID-19 from chest X-ray images",
        "The novel Coronavirus also called Covid-19 has spread across the world. We propose a BlackBox Counterfactual Explainer.",
    )
    assert open_names(e) == {"coronet"}


def test_a_dataset_built_from_another_names_its_source(vocabulary):
    """SUN-SEG annotates frames of the SUN database; the 2012 ICPR contest is MITOS 2012 however written."""
    e = run(
        vocabulary,
        "Video polyp segmentation",
        "We introduce SUN-SEG, which contains colonoscopy frames from the well-known SUN-database. "
        "We also compare on the 2012 ICPR MITOSIS data.",
    )
    assert {"Dataset/sun-seg", "Dataset/sun-database", "Dataset/mitos-2012"} <= keys(e, "Dataset")
    assert ("Dataset/sun-seg", "Dataset/sun-database") in links(e, "derivedFrom")


def test_a_short_form_of_a_lower_case_long_form_before_a_dataset_noun_names_the_dataset(vocabulary):
    """The long form ends in no term of the vocabulary, and the head noun after the short form says dataset."""
    e = run(
        vocabulary,
        "Brain shift correction",
        "The method was evaluated on the multi-centre evaluation of liver lesions (MELL) dataset. "
        "An artificial intelligence as a medical device (AIaMD) tool reads the scans.",
    )
    assert open_names(e, "Dataset") == {"mell"} and not open_names(e, "Model")


def test_challenge_editions_written_with_the_year_after_the_challenge_are_that_edition(vocabulary):
    e = run(
        vocabulary,
        "Registration and skin lesions",
        "The network was evaluated on the public dataset from MM-WHS 2017 and on CHAOS 2019. "
        "The images go to the participants of the ISIC Challenge 2019. "
        "We also test on the MICCAI Grand Challenge on 6-month infant Brain MRI Segmentation (iSEG).",
    )
    assert {"Dataset/mm-whs", "Dataset/chaos", "Dataset/isic-2019", "Dataset/iseg"} <= keys(e, "Dataset")
    assert not open_names(e, "Dataset")


def test_challenges_written_out_in_full_are_the_known_datasets(vocabulary):
    e = run(
        vocabulary,
        "Multi-organ and haemorrhage segmentation",
        'Our network is the best on the MICCAI 2015 challenge "Multi-Atlas Labeling Beyond the Cranial Vault". '
        "It was also developed on the RSNA 2019 Brain CT Hemorrhage Challenge data.",
    )
    assert {"Dataset/btcv", "Dataset/rsna-ich"} <= keys(e, "Dataset")


def test_a_plural_short_form_of_a_lower_case_phrase_names_nothing(vocabulary):
    e = run(
        vocabulary,
        "Incidental findings on CT",
        "We detect abdominal aortic aneurysms (AAAs) on CT. Using plaque alone as a AAA detector gave a sensitivity of 84%.",
    )
    assert not keys(e, "Model")


def test_a_short_form_of_one_lower_case_word_names_nothing(vocabulary):
    # "such as schizophrenia (SZ)": the letters of one word, from its first on, spell the short form
    e = run(
        vocabulary,
        "Graph networks for schizophrenia classification",
        "Connectivity is disrupted in disorders such as schizophrenia (SZ). We classify individuals with SZ using a graph network.",
    )
    assert not keys(e, "Model")


def test_a_short_form_of_two_words_is_defined_by_its_long_form(vocabulary):
    e = run(
        vocabulary,
        "Shifted windows for glioma segmentation",
        "Convolutional networks see only a local neighbourhood of each voxel. "
        "We introduce a 3D segmentation network named Swin UNEt TRansformers (Swin UNETR) for multi-modal brain MRI. "
        "We entered the BraTS 2021 segmentation challenge, and our proposed model ranked among the best teams in its validation phase.",
    )
    assert keys(e, "Model") == {"Model/swin-unetr"}
    assert introduced(e) == {"Model/swin-unetr"}
    assert ("Model/swin-unetr", "Swin UNEt TRansformers") in e.aliases
    assert links(e, "evaluatedOn") == {("Model/swin-unetr", "Dataset/brats-2021")}


@pytest.mark.parametrize(
    ("sentence", "introduces"),
    [
        ("we present the Mpox Skin Lesion Dataset Version 2.0 (MSLD v2.0) as a follow-up to an earlier release.", True),
        ('we release a new "Mpox Skin Lesion Dataset Version 2.0 (MSLD v2.0)" as a follow-up to an earlier release.', True),
        ("we train on the Mpox Skin Lesion Dataset Version 2.0 (MSLD v2.0), a follow-up to an earlier release.", False),
        ("we present results on the Mpox Skin Lesion Dataset Version 2.0 (MSLD v2.0), a follow-up to an earlier release.", False),
    ],
)
def test_a_known_dataset_the_authors_present_by_its_long_form_is_theirs(vocabulary, sentence, introduces):
    """A known dataset's long form, headed by its dataset noun, right after the authors' presentation
    verb: they made it, and the models they benchmark are evaluated on it."""
    e = run(
        vocabulary,
        "Mpox lesion classification",
        f"To address this, {sentence} "
        "We benchmark VGG16 and ResNet50 to classify mpox. Their weights were pre-trained on the HAM10000 dataset.",
    )
    assert ("Dataset/msld-v2" in introduced(e)) == introduces
    if introduces:
        assert links(e, "evaluatedOn") == {("Model/vgg-16", "Dataset/msld-v2"), ("Model/resnet-50", "Dataset/msld-v2")}


@pytest.mark.parametrize(
    "sentence",
    [
        "We introduce Depth-aware Quux Fusion (DQF) and Structure-aware Glim Hashing (SGH).",
        "We introduce Depth-aware Quux Fusion (DQF), Structure-aware Glim Hashing (SGH) and a ranking loss.",
        "We introduce Depth-aware Quux Fusion (DQF) and SGH.",
    ],
)
def test_every_name_of_a_list_the_authors_introduce_by_long_form_is_introduced(vocabulary, sentence):
    """"we introduce A (X) and B (Y)": the second long form is an item of the same list, not a new
    sentence part that a bracketed name before it would cut off from the verb."""
    e = run(vocabulary, "Retrieval with hashing", "Image retrieval is hard. " + sentence + " DQF fuses features and SGH hashes them.")
    assert introduced(e) == {"Model/name:dqf", "Model/name:sgh"}


def test_names_the_authors_introduce_by_a_gerund_after_by_are_introduced(vocabulary):
    """"We formulate the consolidation by introducing X (Y)": the sentence's "we" introduces, however
    many words stand between it and "by introducing"."""
    e = run(
        vocabulary,
        "Retrieval with hashing",
        "Image retrieval is hard. We formulate the knowledge consolidation by introducing Depth-aware Quux Fusion (DQF). "
        "DQF fuses features. Existing methods improve retrieval by introducing Glim Hashing (GH).",
    )
    assert introduced(e) == {"Model/name:dqf"}


@pytest.mark.parametrize(
    ("title", "abstract", "model"),
    [
        (  # a known model inside the long form the title writes again
            "H-DenseUNet: Hybrid Densely Connected UNet for Liver Segmentation",
            "We propose a novel hybrid densely connected UNet (H-DenseUNet) for liver segmentation in CT volumes.",
            "Model/name:hdenseunet",
        ),
        (  # a title word typed as a name before the abstract defines the long form it is part of
            "Medical Transformer: Gated Axial-Attention for Medical Image Segmentation",
            "We propose a gated axial-attention model. The proposed Medical Transformer (MedT) is evaluated on three datasets.",
            "Model/name:medt",
        ),
    ],
)
def test_a_long_form_written_again_elsewhere_holds_no_other_name(vocabulary, title, abstract, model):
    assert keys(run(vocabulary, title, abstract), "Model") == {model}


@pytest.mark.parametrize(
    ("abstract", "long_form"),
    [
        (  # the short form first, its long form in the brackets after it
            "We propose GLAMNet (Gated Local Attention Mamba Network), an encoder-decoder for lesions in CT.",
            "Gated Local Attention Mamba Network",
        ),
        (  # "i.e." restates the name: its letters in order are enough
            "We introduce vvFormer (i.e., Very-fast Volumetric transFormer), a segmentation model for CT.",
            "Very-fast Volumetric transFormer",
        ),
    ],
)
def test_a_long_form_in_brackets_after_its_short_form_is_an_alias_and_names_nothing_else(vocabulary, abstract, long_form):
    e = run(vocabulary, "Lesion segmentation in CT", abstract + " Our model is trained on the QXZ-CT dataset.")
    (model,) = keys(e, "Model")
    assert (model, long_form) in e.aliases
    assert (model, "Dataset/name:qxzct") in links(e, "trainedOn")


def test_a_long_form_before_a_bracketed_aside_defines_the_short_form_after_it(vocabulary):
    # the long form holds a known dataset's long form, which names no dataset of its own, and the
    # "based on" of the aside derives nothing
    e = run(
        vocabulary,
        "MRI radiomics to predict IDH1 mutation status of low-grade glioma",
        "We used 119 patients' data from the cancer genome atlas low-grade glioma (based on histopathologic criteria) (TCGA-LGG) public database. "
        "A support vector machine classifier was trained on the radiomic features of each MRI sequence.",
    )
    (dataset,) = keys(e, "Dataset")
    assert (dataset, "the cancer genome atlas low-grade glioma") in e.aliases
    assert links(e, "derivedFrom") == {(dataset, "Dataset/tcga")}


def test_a_short_form_spelled_by_one_hyphened_word_is_defined_by_it(vocabulary):
    # "LV (Language-Vision)": the paper's LV is no left ventricle, and a loss is no model
    e = run(
        vocabulary,
        "Text-augmented segmentation of chest X-rays",
        "We propose a text-augmented segmentation model. LV (Language-Vision) loss supervises the training of unlabeled images.",
    )
    assert "AnatomicalStructure/left-ventricle" not in keys(e, "AnatomicalStructure")
    assert not keys(e, "Model")


def test_a_name_after_a_fronted_in_phrase_is_its_subject_not_its_name(vocabulary):
    e = run(
        vocabulary,
        "Text-augmented segmentation of chest X-rays",
        "We propose a text-augmented segmentation model. In our model, GLX supervises the training of unlabeled images.",
    )
    assert not keys(e, "Model")


def test_a_long_form_capitalised_only_after_a_heading_abbreviates_a_phrase(vocabulary):
    # "Purpose: Clinical target volume (CTV)": the capital is the sentence's, as at a sentence's start
    e = run(
        vocabulary,
        "Automated target delineation for lung cancer radiotherapy",
        "Background and purpose: Clinical targeted volume (CTV) delineation is a difficult step of planning. "
        "We developed an automated CTV delineation system for non-small cell lung cancer on CT.",
    )
    assert not keys(e, "Model")


def test_a_long_form_of_capitalised_words_spells_its_short_form_past_a_word_in_lower_case(vocabulary):
    # "Language meets Vision Transformer" spells LViT: its Vision Transformer is no model of its own
    e = run(
        vocabulary,
        "Text-augmented segmentation",
        "We propose a new text-augmented medical image segmentation model LViT (Language meets Vision Transformer). "
        "In our LViT model, medical text annotation is incorporated.",
    )
    assert keys(e, "Model") == {"Model/name:lvit"}
    assert ("Model/name:lvit", "Language meets Vision Transformer") in e.aliases


def test_a_sentence_case_title_before_its_name_is_no_long_form_of_it(vocabulary):
    e = run(
        vocabulary,
        "Learning zero-shot disease classification from transvaginal ultrasound with LesionCLIP2",
        "We present LesionCLIP2, a vision-language model trained on paired ultrasound images and reports.",
    )
    assert "Model/name:lesionclip2" in keys(e, "Model")
    assert not e.aliases


def test_a_citation_in_brackets_after_a_name_is_no_long_form(vocabulary):
    e = run(vocabulary, "Lesion segmentation in CT", "We compare GLAMNet (Gao and Liu, 2023) with U-Net on CT.")
    assert not e.aliases



def test_a_long_form_runs_across_no_brackets(vocabulary):
    e = run(
        vocabulary,
        "Radiograph summarisation",
        "We align a medical visual encoder (MedClip) with a fine-tuned large language model (Vicuna).",
    )
    assert not [alias for alias in e.aliases if "(" in alias[1]]
    assert {"Model/medclip", "Model/vicuna"} <= keys(e, "Model")
    # nor across a comma that opens a clause, where a list of its words may run across one
    e = run(
        vocabulary,
        "Vision-language models",
        "Models have shown promise in medical applications, particularly in visual question answering (MedVQA). "
        "We introduce a large-scale, Groundable, and Explainable Medical VQA benchmark for chest X-ray diagnosis (GEMeX).",
    )
    assert [text for _, text in e.aliases if "," in text] == ["Groundable, and Explainable Medical VQA benchmark for chest X-ray diagnosis"]


def test_a_name_found_again_in_the_text_holds_no_bracket(vocabulary):
    e = run(
        vocabulary,
        "LoDoPaB-CT, a benchmark dataset for low-dose CT reconstruction",
        "With the Low-Dose Parallel Beam (LoDoPaB)-CT dataset, we provide an open database of CT scans.",
    )
    found = [m.text for m in e.mentions if m.type == "Dataset"]
    assert "LoDoPaB-CT" in found
    assert not [text for text in found if ")" in text]

def test_the_capitalised_first_word_of_an_enumerated_item_names_no_variant(vocabulary):
    e = run(
        vocabulary,
        "Scaling convolutions for segmentation",
        "Our network adds 1) Residual ConvNeXt blocks for resampling and 2) Gated U-Net skips for CT.",
    )
    assert keys(e, "Model") == {"Model/convnext", "Model/u-net"}


def test_a_dimension_between_a_name_and_the_words_it_qualifies_is_no_version(vocabulary):
    e = run(vocabulary, "Scaling convolutions for segmentation", "We build a fully ConvNeXt 3D Encoder-Decoder Network for CT.")
    assert keys(e, "Model") == {"Model/convnext"}


def test_the_capitalised_headings_of_a_structured_abstract_are_no_names(vocabulary):
    e = run(
        vocabulary,
        "Caries detection in bitewing radiographs",
        "OBJECTIVE: To detect caries. MATERIALS AND METHODS: A dataset of 3989 radiographs was created and "
        "YOLOv5 was trained on it. RESULTS: F1 scores were 0.72-0.76. CONCLUSIONS: The detector is useful.",
    )
    assert keys(e, "Model") == {"Model/yolov5"}
    assert not keys(e, "Dataset")


@pytest.mark.parametrize(
    ("abstract", "expected"),
    [
        ("We developed Kiyora, a mammography-based deep learning model designed to predict risk.", {"Model/name:kiyora"}),
        ("Here we present Kiyora - a model that predicts risk from mammograms.", {"Model/name:kiyora"}),
        ("We developed Kiyora, and it predicts risk from mammograms.", set()),  # no apposition
        ("Patients from Kiyora, a town in Japan, were screened with mammography.", set()),  # no authors' introduction
    ],
)
def test_a_plain_capitalised_word_the_authors_introduce_with_an_apposition_is_a_name(vocabulary, abstract, expected):
    assert keys(run(vocabulary, "Breast cancer risk from mammograms", abstract), "Model") == expected


def test_a_capitalised_word_hyphened_to_a_size_is_a_name_typed_by_its_form_or_context(vocabulary):
    e = run(vocabulary, "Ophthalmic instructions", "We use Quux-100K, a dataset of fundus images, and evaluate on Glimmer-2M.")
    assert keys(e, "Dataset") == {"Dataset/name:quux100k", "Dataset/name:glimmer2m"}


def test_capitalised_parts_a_name_pattern_reads_are_a_name_but_a_hybrid_of_families_is_not(vocabulary):
    e = run(
        vocabulary,
        "Surgical question answering",
        "We create a new dataset, Surg-QA, of video-instruction pairs, and train a hybrid Transformer-ConvNet model on it.",
    )
    assert keys(e, "Dataset") == {"Dataset/name:surgqa"}
    assert not keys(e, "Model")


@pytest.mark.parametrize(
    ("abstract", "expected"),
    [
        ("We propose Focus-to-Perceive Representation Learning (FPRL), a hierarchical framework for endoscopic video.", ("Model", "Model/name:fprl")),
        ("Here we release Lesion Glimmer Atlas (LGA), a dataset of 300 fundus images.", ("Dataset", "Dataset/name:lga")),
        ("Here we release LGA (Lesion Glimmer Atlas), a dataset of 300 fundus images.", ("Dataset", "Dataset/name:lga")),
    ],
)
def test_an_apposition_after_a_defined_short_form_says_what_it_names(vocabulary, abstract, expected):
    type_name, key = expected
    assert keys(run(vocabulary, "Video and fundus analysis", abstract), type_name) == {key}


def test_what_we_have_trained_is_a_model(vocabulary):
    e = run(vocabulary, "Universal segmentation", "We have trained QUUX-Nano and QUUX-Pro on 72 CT datasets.")
    assert keys(e, "Model") == {"Model/name:quuxnano", "Model/name:quuxpro"}


def test_a_dimension_glued_to_a_capitalised_word_is_a_name(vocabulary):
    e = run(vocabulary, "Transfer learning in 3D", "We aggregate several challenges to build the 3DQuux-8 dataset and co-train a 3D network on 3DQuux-8.")
    assert keys(e, "Dataset") == {"Dataset/name:3dquux8"}


def test_names_after_a_counted_noun_and_a_comma_are_the_ones_counted(vocabulary):
    e = run(vocabulary, "Visual question answering", "We investigate two MedVQA methods, QUUXF and GLIMR, on radiology images.")
    assert keys(e, "Model") == {"Model/name:quuxf", "Model/name:glimr"}
    e = run(vocabulary, "Visual question answering", "On three VQA datasets, QuuxMed outperforms the baselines.")
    assert not keys(e, "Dataset")


def test_a_finding_abbreviation_is_no_name_but_opens_a_title_cased_challenge_name(vocabulary):
    e = run(
        vocabulary,
        "Ground-glass opacities",
        "Automatic GGO segmentation methods exist. We compare them on the GGO Segmentation Challenge data, "
        "and ICH detection methods on the ICH dataset.",
    )
    assert keys(e, "Dataset") == {"Dataset/name:ggosegmentationchallenge"}
    assert not keys(e, "Model")


def test_an_aside_in_brackets_inside_an_apposition_is_passed_over(vocabulary):
    e = run(vocabulary, "Grounded radiology", "We introduce QuuxRad2D, a large-scale bilingual (German/English) dataset of 1.2M CT image-text pairs.")
    assert keys(e, "Dataset") == {"Dataset/name:quuxrad2d"}


def test_an_apposed_study_is_work_done_not_a_cohort(vocabulary):
    """"QuuxLAM, a deep learning study for ...": the study is the paper's work; a cohort apposed
    to a name still makes it data ("QuuxHeart, a prospective cohort study")."""
    e = run(vocabulary, "Kidney lesions", "We introduce QuuxLAM, a deep learning study for segmentation of kidney lesions. Features were visualized using QuuxExplainer, an ablation study and t-tests.")
    assert not keys(e, "Dataset")
    cohort = run(vocabulary, "Heart failure", "We use QuuxHeart, a prospective cohort study of 5,000 adults.")
    assert keys(cohort, "Dataset") == {"Dataset/name:quuxheart"}


def test_a_collection_of_models_is_models(vocabulary):
    e = run(vocabulary, "Medical foundation models", "We introduce QuuxGem, a collection of medical vision-language foundation models.")
    assert keys(e, "Model") == {"Model/name:quuxgem"}
    assert not keys(e, "Dataset")


def test_a_known_model_is_not_retyped_by_a_context_that_was_overruled_before(vocabulary):
    e = run(
        vocabulary,
        "Medical foundation models",
        "We release MedGemma, a collection of medical vision-language foundation models. MedGemma answers questions "
        "about images. Taken together, the MedGemma collection provides a strong foundation. The MedGemma collection, "
        "including tutorials and model weights, can be found online.",
    )
    assert keys(e, "Model") == {"Model/medgemma"}
    assert not keys(e, "Dataset")


def test_platforms_and_family_acronyms_are_no_names(vocabulary):
    e = run(
        vocabulary,
        "Pathology captions",
        "Current efforts rely on pairs from platforms like PubMed, YouTube, and Twitter. "
        "We present QuuxGPT, a powerful Medical Large Vision-Language Model (Med-LVLM).",
    )
    assert keys(e, "Model") == {"Model/name:quuxgpt"}


def test_a_family_acronym_written_with_a_hyphen_is_the_family(vocabulary):
    """"deep-convolutional neural network (D-CNN)" is the DCNN family, however the paper hyphens it."""
    e = run(
        vocabulary,
        "Apical lesion segmentation on panoramic radiographs",
        "An algorithm formed on a deep-convolutional neural network (D-CNN) model segmented apical lesions. "
        "The D-CNN AI model was based on the U-Net algorithm.",
    )
    assert keys(e, "Model") == {"Model/u-net"}


def test_a_new_two_word_short_form_is_one_name_typed_by_its_long_form(vocabulary):
    e = run(
        vocabulary,
        "Lesion segmentation in ultrasound",
        "We present Glimmer DEcoder NETwork (Glimmer DENET), a lightweight model for breast lesions. "
        "Glimmer DENET is trained on the QXZ-US dataset.",
    )
    assert keys(e, "Model") == {"Model/name:glimmerdenet"}
    assert "Model/name:glimmerdenet" in introduced(e)
    assert ("Model/name:glimmerdenet", "Dataset/name:qxzus") in links(e, "trainedOn")


def test_a_known_model_defined_without_a_naming_word_is_not_the_papers(vocabulary):
    e = run(
        vocabulary,
        "Abdominal organs in CT",
        "In this work, we present a comprehensive evaluation of the Vision Transformer (ViT) on abdominal CT.",
    )
    assert "Model/vit" in keys(e, "Model")
    assert not introduced(e)


def test_a_name_after_a_named_datasets_comma_is_no_dataset(vocabulary):
    e = run(
        vocabulary,
        "QuuxCLIP: zero-shot chest X-ray classification",
        "We propose QuuxCLIP. Furthermore, on the CheXpert dataset, QuuxCLIP reaches an AUC of 0.75. "
        "It leads on the Kvasir-SEG and GlimDB datasets, achieving mAP50 of 0.96.",
    )
    assert keys(e, "Dataset") == {"Dataset/chexpert", "Dataset/kvasir-seg", "Dataset/name:glimdb"}
    listed = run(vocabulary, "Polyp detection", "We test on two datasets, e.g. GlimDB and FrobDB.")
    assert keys(listed, "Dataset") == {"Dataset/name:glimdb", "Dataset/name:frobdb"}


def test_losses_and_clinical_scores_written_in_capitals_are_no_models_or_datasets(vocabulary):
    e = run(
        vocabulary,
        "Deep BI-RADS Network for Cancer Detection in Mammograms",
        "The effects of Dice Loss and Binary Cross-Entropy (BCE) Loss were analysed. "
        "This study presents an approach for csPCa classification using MRI data. Beats are labelled as LBBB or normal.",
    )
    assert not open_names(e)


def test_new_names_listed_with_a_known_model_are_models(vocabulary):
    e = run(vocabulary, "QuuxFiner: refining retinal foundation models", "We tested QuuxFiner on the retinal FMs RETFound, UrFound, and QuuxVisFM.")
    assert {"Model/retfound", "Model/name:urfound", "Model/name:quuxvisfm"} <= keys(e, "Model")


def test_a_known_version_is_not_found_inside_a_longer_version(vocabulary):
    e = run(vocabulary, "Multimodal models in diagnosis", "Llama 3.2-90B outperformed physicians, while Llama 3 did not.")
    found = [m for m in e.mentions if m.key == "Model/llama-3"]
    assert [m.text for m in found] == ["Llama 3"]


def test_a_mixed_case_name_written_as_an_ordinary_word_is_that_name(vocabulary):
    e = run(vocabulary, "Chest X-ray datasets", "We pool Chexpert and Padchest images. Llava answers questions, and a clip of the video shows SAM.")
    assert {"Dataset/chexpert", "Dataset/padchest"} <= keys(e, "Dataset")
    assert "Model/llava" in keys(e, "Model")
    assert "Model/clip" not in keys(e, "Model")  # a name in capitals keeps its case: "clip" is a word
    # and so is one that opens with such a word before its version ("Resnet-50" as "Resnet50")
    e = run(vocabulary, "Thyroid nodules", "The AUC of the Resnet-50 was 0.64, of the Densenet-121 0.65.")
    assert keys(e, "Model") == {"Model/resnet-50", "Model/densenet-121"}



def test_a_mixed_case_name_written_with_other_inner_capitals_is_that_name(vocabulary):
    e = run(vocabulary, "Thyroid nodules", "The AUC of the InceptionResnetV2 was 0.61, and MedClip encodes the images.")
    assert keys(e, "Model") == {"Model/inception-resnet-v2", "Model/medclip"}
    # only to another mixed-case spelling: a dataset in mixed case is no organ, nor the organ a dataset
    e = run(vocabulary, "Lesion datasets", "We release BrEaST, a breast ultrasound dataset.")
    assert "AnatomicalStructure/breast" in keys(e, "AnatomicalStructure")
    assert [m.text for m in e.mentions if m.key == "AnatomicalStructure/breast"] == ["breast"]

def test_a_name_inside_a_url_is_no_mention(vocabulary):
    e = run(
        vocabulary,
        "QuuxNet: brain tumour segmentation",
        "We propose QuuxNet for brain tumour segmentation. The code is at https://github.com/somelab/QuuxNet-Unet-CT.",
    )
    assert keys(e, "Model") == {"Model/name:quuxnet"}
    assert "Modality/ct" not in keys(e, "Modality")


def test_a_head_noun_after_we_is_a_verb_and_types_no_name(vocabulary):
    e = run(
        vocabulary,
        "Spatial quantification in pathology",
        "We introduce a multiple instance learning method, QuuxMIL. We benchmark QuuxMIL against nine existing methods.",
    )
    assert "Model/name:quuxmil" in keys(e, "Model")
    assert not keys(e, "Dataset")


def test_a_paradigm_is_a_kind_of_experiment_not_a_model(vocabulary):
    e = run(
        vocabulary,
        "Compact EEG decoding",
        "Brain computer interfaces (BCI) decode neural activity. For a given BCI paradigm, classifiers are tailored to P300 "
        "or SMR signals.",
    )
    assert not keys(e, "Model")


def test_a_known_model_the_paper_named_before_is_not_retyped_by_a_later_apposition(vocabulary):
    e = run(
        vocabulary,
        "A visual assistant for biomedicine",
        "We train LLaVA-Med on figure captions. Evaluated on a suite of 14 diverse benchmarks, LLaVA-Med can be "
        "transferred to many tasks. On two public CT datasets (VerSe, TotalSegmentator), our model segments the spine.",
    )
    assert "Model/llava-med" in keys(e, "Model")
    assert {m.text for m in e.mentions if m.type == "Dataset"} == {"VerSe", "TotalSegmentator"}


def test_a_later_apposition_retypes_a_known_name_an_earlier_context_typed_so_too(vocabulary):
    e = run(
        vocabulary,
        "Phenotyping of left ventricular hypertrophy",
        "We present EchoNet-LVH - a deep learning workflow that quantifies hypertrophy. In external datasets from "
        "independent healthcare systems, EchoNet-LVH accurately quantified ventricular parameters.",
    )
    assert "Model/name:echonetlvh" in keys(e, "Model")


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("We evaluate our model on 2012 Quux Multi-Atlas Labelling Challenge dataset for 134 structures.", "Dataset/name:2012quuxmultiatlaslabellingchallenge"),
        ("We train it on Quux Glim Challenge dataset and report the Dice score.", "Dataset/name:quuxglimchallenge"),
        ("Images from Quux Glim Database were used for testing.", "Dataset/name:quuxglimdatabase"),
    ],
)
def test_a_titled_dataset_name_written_without_its_article_is_a_name(vocabulary, sentence, name):
    """'on 2012 Brain Multi-Atlas Labelling Challenge dataset': several capitalised words and their
    head noun after a preposition of use name a dataset, as after 'the', with the year before them."""
    e = run(vocabulary, "Fine-grained brain structure segmentation", "Brain structures are small. " + sentence)
    assert keys(e, "Dataset") == {name}


def test_a_titles_capitalised_words_after_a_preposition_are_no_dataset_name(vocabulary):
    """A title drops its articles and capitalises every word: '... Using Transfer Learning on Small
    Datasets' names no dataset."""
    e = run(vocabulary, "Detecting Caries on Periapical Radiographs Using Transfer Learning on Small Datasets", "We fine-tune a network on 300 radiographs.")
    assert not keys(e, "Dataset")


def test_a_capitalised_long_form_ending_in_a_task_the_authors_introduce_names_their_model(vocabulary):
    """'we present a novel lattice architecture for RObust Generic medical image segmentation (ROG)':
    the authors' own work's name, though its long form ends in a task."""
    e = run(
        vocabulary,
        "Robust segmentation",
        "We present a novel lattice architecture for RObust Generic medical image segmentation (ROG). "
        "Our results show that ROG is capable of generalizing across tasks.",
    )
    assert keys(e, "Model") == {"Model/name:rog"}
    assert introduced(e) == {"Model/name:rog"}


@pytest.mark.parametrize(
    "sentence",
    [
        "We introduce Structured Quux Report Generation (SQRG), a new task that reformulates free-text reports.",
        "We introduce the Latent Quux Spectral Imaging (QSI) Alignment Framework, which reduces artifacts.",
    ],
)
def test_an_introduced_long_form_ending_in_a_task_that_is_a_task_or_a_part_names_no_model(vocabulary, sentence):
    e = run(vocabulary, "Report structuring", "Reports vary. " + sentence + " Results are good.")
    assert not keys(e, "Model") & {"Model/name:sqrg", "Model/name:qsi"}


def test_a_quoted_long_form_before_a_dataset_noun_and_its_dated_venue_name_are_one_dataset(vocabulary):
    """'the “Cephalometric Landmark Detection (CL-Detection)” dataset ... the 2023 MICCAI
    CL-Detection Challenge': the quote does not hide the head noun, and the challenge's name is the
    dataset's, after a year and a venue."""
    e = run(
        vocabulary,
        "Cephalometric landmarks",
        "In this paper, we introduce the “Cephalometric Quux Detection (CQ-Detection)” dataset, the largest of its kind. "
        "It was used in the 2023 MICCAI CQ-Detection Challenge.",
    )
    challenge = "Dataset/name:2023miccaicqdetectionchallenge"
    assert keys(e, "Dataset") == {challenge}
    assert {m.text for m in e.mentions if m.key == challenge} == {"CQ-Detection", "2023 MICCAI CQ-Detection Challenge"}
    assert introduced(e) == {challenge}
    assert not keys(e, "Model")


def test_a_known_model_the_authors_introduce_as_a_dataset_is_their_dataset_throughout(vocabulary):
    """'we introduce LIME, a large-scale multi-modal dataset': the apposition's head noun types the
    authors' homonym, and the name means it wherever the paper writes it."""
    e = run(
        vocabulary,
        "Surgical vision-language pretraining",
        "We introduce LIME, a large-scale multi-modal dataset derived from open-access surgical videos. "
        "While LIME offers scale, its texts may hold errors. We pretrain CLIP on LIME.",
    )
    assert keys(e, "Dataset") == {"Dataset/name:lime"}
    assert keys(e, "Model") == {"Model/clip"}
    assert introduced(e) == {"Dataset/name:lime"}
    assert links(e, "trainedOn") == {("Model/clip", "Dataset/name:lime")}


def test_a_known_name_a_head_noun_retypes_is_retyped_throughout(vocabulary):
    e = run(
        vocabulary,
        "Motion-resolved cardiac segmentation",
        "We trained a convolutional model (iSeg) on 120 cine scans. iSeg segments every frame in 2 s.",
    )
    assert keys(e, "Model") == {"Model/name:iseg"}
    assert not keys(e, "Dataset")


def test_a_clause_after_a_bracketed_known_dataset_does_not_retype_it(vocabulary):
    """'On the ... (CBIS-DDSM), the best single model achieved': the comma ends a fronted phrase, and
    what follows is the main clause, no apposition."""
    e = run(
        vocabulary,
        "Breast cancer detection on screening mammography",
        "We develop an all convolutional network. On an independent test set of digitized film mammograms from the "
        "Digital Database for Screening Mammography (CBIS-DDSM), the best single model achieved an AUC of 0.88.",
    )
    assert not keys(e, "Model") & {"Model/cbis-ddsm", "Model/name:cbisddsm"}
    assert "Dataset/cbis-ddsm" in keys(e, "Dataset")


def test_a_capitalised_word_defined_by_a_long_form_ending_in_a_head_noun_is_a_name(vocabulary):
    e = run(
        vocabulary,
        "Bleeding detection in capsule endoscopy",
        "We propose a Frobnicating boundary network (Frob-Net) for bleeding detection. "
        "Among the baselines, the Glimmer segmentation network (Glimnet) performed best.",
    )
    assert {"Model/name:frobnet", "Model/name:glimnet"} <= keys(e, "Model")


def test_a_capitalised_word_with_a_parameter_count_is_a_model(vocabulary):
    e = run(
        vocabulary,
        "Multimodal models in diagnosis",
        "The best images came from the top model (Quux 0.6B). Llama 3.2-90B outperformed physicians, and Glimmer 7B did not.",
    )
    assert {"Model/name:quux06b", "Model/name:llama3290b", "Model/name:glimmer7b"} <= keys(e, "Model")
    assert "Model/llama" not in keys(e, "Model")


def test_a_parameter_count_in_brackets_after_a_name_is_a_note_not_part_of_it(vocabulary):
    e = run(vocabulary, "Multimodal models in radiology", "We train QuuxRad (7B) on chest X-rays. It outperforms much larger models like Med-PaLM M (84B).")
    assert keys(e, "Model") == {"Model/name:quuxrad", "Model/med-palm-m"}


def test_a_short_lower_case_part_after_a_papers_model_names_a_variant(vocabulary):
    e = run(
        vocabulary,
        "Knee cartilage morphometrics",
        "We propose a registration network, QuuxNet. We trained QuuxNet-reg using the GlimDB dataset and report GlimDB-dev results. "
        "QuuxNet-based pipelines are fast.",
    )
    assert "Model/name:quuxnetreg" in keys(e, "Model")
    assert "Model/name:quuxnetbased" not in keys(e, "Model")
    assert "Dataset/name:glimdbdev" not in keys(e, "Dataset") and "Model/name:glimdbdev" not in keys(e, "Model")


def test_a_models_long_name_in_lower_case_plural_names_its_family(vocabulary):
    family = run(vocabulary, "Brain tumour segmentation", "Recently, vision transformers have shown strong results in many domains.")
    assert "Model/vit" not in keys(family, "Model")
    one = run(vocabulary, "Brain tumour segmentation", "We fine-tune a vision transformer and the Vision Transformers of Glim et al.")
    assert "Model/vit" in keys(one, "Model")


def test_a_capitalised_word_coordinated_with_a_known_model_is_a_model(vocabulary):
    e = run(
        vocabulary,
        "Pathology foundation models for survival",
        "Foundation models such as UNI and Quuxbou improve MIL. The decoder combines the UNet and Glimglass networks. "
        "Both U-Net and Transformer blocks are used.",
    )
    assert {"Model/name:quuxbou", "Model/name:glimglass"} <= keys(e, "Model")
    assert "Model/name:transformer" not in keys(e, "Model")


def test_a_comma_after_a_head_noun_closes_the_list_it_heads(vocabulary):
    """"In the AIROGS, Quuxbase, and CheXpert datasets, Glimfusion achieves ...": Glimfusion is the
    clause's subject, not a fourth dataset; without the comma the list goes on."""
    e = run(
        vocabulary,
        "Diffusion models for medical images",
        "We propose Glimfusion, a conditional latent DDPM. In the AIROGS, Quuxbase, and CheXpert datasets, Glimfusion achieved lower FID. "
        "Experiments on ISLES'18, the 2015 EndoVis Challenge and Quuxapse show gains.",
    )
    assert "Dataset/name:quuxbase" in keys(e, "Dataset") and "Dataset/name:quuxapse" in keys(e, "Dataset")
    assert "Dataset/name:glimfusion" not in keys(e, "Dataset")


def test_an_apposition_ending_in_a_known_model_types_the_name(vocabulary):
    e = run(vocabulary, "Diffusion models for medical images", "In this study, we propose Glimfusion, a conditional latent DDPM for medical images.")
    assert "Model/name:glimfusion" in keys(e, "Model")
    # a known name inside the phrase, before its head noun, decides nothing
    e = run(vocabulary, "Chest X-ray classification", "We present Quuxnet, a CheXpert classifier for the detection of pneumothorax.")
    assert "Model/name:quuxnet" in keys(e, "Model") and "Dataset/name:quuxnet" not in keys(e, "Dataset")


def test_a_capitalised_word_after_a_naming_word_is_the_name_given(vocabulary):
    e = run(
        vocabulary,
        "Survival prediction from chest CT",
        "We developed a survival prediction model, called Quux-survival, from chest CT. "
        "A second model termed Two-stream Glim Network (TSGN) fuses views, and a step termed 'Blind' harmonization follows.",
    )
    assert "Model/name:quuxsurvival" in keys(e, "Model")
    assert not {"Model/name:twostream", "Model/name:blind"} & keys(e, "Model")


def test_a_known_model_after_a_hyphenated_modifier_is_a_new_model(vocabulary):
    e = run(
        vocabulary,
        "A glimmer-Unet architecture for PET/CT lesion segmentation",
        "We introduce Quux-DDPM for brain MRI synthesis and compare it with the Transformer-GPT-2 captioner. "
        "Code: https://github.com/somelab/Frob-Unet.",
    )
    assert {"Model/name:glimmerunet", "Model/name:quuxddpm"} <= keys(e, "Model")
    assert not {k for k in keys(e, "Model") if "gpt2" in k or "github" in k}


def test_an_acronym_between_a_name_and_its_dataset_noun_qualifies_the_data(vocabulary):
    e = run(vocabulary, "Tuberculosis detection", "We train U-Net models on the public GLX11K CXR dataset.")
    assert keys(e, "Dataset") == {"Dataset/name:glx11k"}


def test_federated_learning_acronyms_name_no_model(vocabulary):
    e = run(vocabulary, "A federated segmentation benchmark", "Experiments show that pFL methods and FL baselines trail local training on the GlimDB dataset.")
    assert not open_names(e, "Model")


def test_the_diffusion_model_acronym_names_a_family(vocabulary):
    e = run(
        vocabulary,
        "MRI reconstruction",
        "Denoising diffusion models (DM) have shown promise. We first train a conditional DM and then distil it on the GlimDB dataset.",
    )
    assert not open_names(e, "Model")


def test_a_name_given_and_then_proposed_in_the_passive_is_the_papers(vocabulary):
    e = run(
        vocabulary,
        "MRI reconstruction",
        "In this work, a one-step diffusion framework, namely QuuxDM-MRI, is proposed for restoring MRI images. "
        "A method called FrobNet was proposed by earlier authors.",
    )
    assert introduced(e) == {"Model/name:quuxdmmri"}


def test_a_word_of_a_longer_capitalised_term_beside_a_known_model_is_no_name(vocabulary):
    e = run(vocabulary, "Capsule endoscopy", "Classifiers such as Random Forest, XGBoost, Support Vector Machine are compared, and so are XGBoost and Quuxbou.")
    assert not {"Model/name:forest", "Model/name:support"} & keys(e, "Model")
    assert "Model/name:quuxbou" in keys(e, "Model")


def test_mr_alone_is_the_modality(vocabulary):
    e = run(vocabulary, "PET denoising", "Adding an MR prior helped, and we translate between unpaired MR and CT images.")
    assert "Modality/mri" in keys(e, "Modality")
    assert not keys(e, "Dataset")


def test_clinical_measures_written_in_capitals_name_no_model(vocabulary):
    e = run(
        vocabulary,
        "ECG foundation model",
        "Our tasks include predicting reduced left ventricular ejection fraction (LVEF), on the GlimDB dataset. "
        "Fluid such as intra-retinal fluid (IRF) and subretinal fluid (SRF) is segmented. "
        "Models were trained with no AC (NAC) data.",
    )
    assert not open_names(e, "Model")


def test_a_short_form_of_a_modality_written_in_lower_case_is_never_a_dataset(vocabulary):
    e = run(
        vocabulary,
        "Breast tumour classification",
        "Pre-trained networks compute features of breast ultrasonography (BU) images. "
        "Accuracy was 99% on the augmented BU images online dataset.",
    )
    assert not open_names(e)


def test_a_short_form_of_a_phrase_around_a_modality_abbreviation_is_no_name(vocabulary):
    e = run(
        vocabulary,
        "Synthetic CT generation from MR images",
        "Generating accurate synthetic CT (sCT) from MRI is still challenging. Here, we propose a method "
        "to generate sCT with a CycleGAN; the deformed CT (dCT) and MRI pairs were used for training.",
    )
    assert not open_names(e)
    e = run(
        vocabulary,
        "Landmark detection in cephalograms",
        "We introduce the Cephalometric Landmark Detection (CL-Detection) dataset of 600 X-ray images.",
    )
    assert "Dataset/name:cldetection" in keys(e, "Dataset")


def test_a_head_nouns_word_opening_a_long_form_may_modify_it(vocabulary):
    e = run(
        vocabulary,
        "Trustworthy transfer of VLMs",
        "This work explores the split conformal prediction (SCP) framework for classification. "
        "We release the Dataset for Quux Imaging (DQI) to the community.",
    )
    assert "Dataset/name:scp" not in keys(e, "Dataset")
    assert "Dataset/name:dqi" in keys(e, "Dataset")


@pytest.mark.parametrize(
    "abstract",
    [
        # a phrase in lower case
        "To evaluate the reports, we propose diverse sensitivity (DS), a new metric. Our method improves DS considerably.",
        # title-case words with no head noun
        "We compare networks for Quux Fold (QF) segmentation in OCT images. Metrics were unreliable for small regions like QF.",
    ],
)
def test_two_letters_for_a_phrase_are_no_name(vocabulary, abstract):
    e = run(vocabulary, "Report generation", abstract)
    assert not keys(e, "Model") and not keys(e, "Dataset")


def test_two_letters_the_paper_names_its_work_by_are_a_name(vocabulary):
    named = run(vocabulary, "Retinal lesion segmentation", "We propose a framework called Quux Fold (QF). QF outperforms U-Net.")
    assert "Model/name:qf" in keys(named, "Model")


def test_capitals_spelling_an_acronym_make_no_name_of_a_word(vocabulary):
    e = run(
        vocabulary,
        "QUARGEN: Knowledge-enhanced Radiology Report GENeration with a Knowledge Graph (KG)",
        "We build a KG of chest diseases and compare with GANomaly baselines.",
    )
    assert keys(e, "Model") == {"Model/name:quargen", "Model/name:ganomaly"}


def test_a_non_class_is_no_name(vocabulary):
    e = run(
        vocabulary,
        "Cardiac phase detection",
        "Non-essential frames called Non-ESED frames appear between the phases. We separate COVID and Non-COVID cases.",
    )
    assert not keys(e, "Model") and not keys(e, "Dataset")


def test_a_capital_letter_and_a_number_glued_to_a_known_name_are_its_version(vocabulary):
    e = run(vocabulary, "Thyroid classification", "The AUC of the EfficientNetL2 was 0.649, below that of our model.")
    assert keys(e, "Model") == {"Model/name:efficientnetl2"}


def test_the_first_parts_of_suspended_hyphen_compounds_are_the_known_names(vocabulary):
    e = run(vocabulary, "Ultrasound foundation model", "Our initialised ViT surpasses ImageNet-, SAM-, and MedSAM-initialized models.")
    assert keys(e, "Dataset") == {"Dataset/imagenet"}
    assert {"Model/sam", "Model/medsam"} <= keys(e, "Model")


def test_a_head_noun_after_another_word_types_no_name(vocabulary):
    e = run(
        vocabulary,
        "Pathology pretraining",
        "The scores are used to construct ViT pretraining subsets. We also use the QuuxPath scalp EEG dataset.",
    )
    assert "Model/vit" in keys(e, "Model")
    assert keys(e, "Dataset") == {"Dataset/name:quuxpath"}


def test_kellgren_lawrence_grades_are_no_models(vocabulary):
    e = run(vocabulary, "Knee osteoarthritis grading", "Our CNN classifies KL-0, KL-3, and KL-4 better than KL-1 and KL-2.")
    assert not keys(e, "Model")


def test_an_acronym_with_a_count_is_a_name(vocabulary):
    e = run(vocabulary, "Ultrasound foundation model", "We compile US-12d, a large-scale collection of 12 open-access ultrasound datasets.")
    assert keys(e, "Dataset") == {"Dataset/name:us12d"}
    e = run(vocabulary, "Myocardial perfusion", "Images were acquired with Tc-99m sestamibi.")
    assert not keys(e, "Dataset") and not keys(e, "Model")


def test_well_known_detectors_federated_and_video_models_are_known(vocabulary):
    e = run(
        vocabulary,
        "Detection and federated learning",
        "We build on the Deformable Detection Transformer, a Feature Pyramid Network and NanoDet, "
        "compare FedAvg, FedProx, FedBN and SCAFFOLD, and classify clips with the Video Swin Transformer and DeepSleepNet.",
    )
    assert {"Model/deformable-detr", "Model/fpn", "Model/nanodet", "Model/fedavg", "Model/fedprox", "Model/fedbn",
            "Model/scaffold", "Model/video-swin-transformer", "Model/deepsleepnet"} <= keys(e, "Model")


def test_a_titles_name_takes_the_head_of_the_compound_after_its_colon(vocabulary):
    e = run(vocabulary, "QuuxSeg: A Tool Instance Segmentation Dataset for Laparoscopic Surgery", "We present QuuxSeg.")
    assert keys(e, "Dataset") == {"Dataset/name:quuxseg"}
    assert not open_names(e, "Model")


def test_file_formats_repositories_and_clinical_acronyms_name_no_model_or_dataset(vocabulary):
    e = run(
        vocabulary,
        "A head and neck cancer dataset",
        "Scans of HNC patients with known HPV status are shared as NifTi files through PhysioNet and Zenodo, "
        "with MIP renderings, on the GlimDB dataset.",
    )
    assert {k for k in keys(e, "Model") | keys(e, "Dataset") if "/name:" in k} == {"Dataset/name:glimdb"}


def test_labels_of_a_numbered_series_name_no_model(vocabulary):
    e = run(
        vocabulary,
        "A knee MRI segmentation challenge",
        "Six teams (T1-T6) submitted entries. No differences were seen among the top networks (T2, T3, T4, T6). "
        "Errors were negligible among T1 to T4, and the S4 model of Gu et al. ran fastest.",
    )
    named = open_names(e)
    assert not {"t1", "t2", "t3", "t4", "t6", "t1t6"} & named
    assert "s4" in named  # a letter and a number outside any series may still be a name


@pytest.mark.parametrize(
    "abstract",
    [
        "Our loss uses the Jaccard Measure (JM) between predicted and true lumen. "
        "We evaluated our network on the public IVUS-Challenge-2011 dataset using two metrics, namely JM and Hausdorff Distance (HD).",
        "We also define the Quux Model - Stability Index (QM-SI), a new metric of model consistency under distribution shift.",
        "We introduce the Entity Coverage Rate (ECR) to assess the completeness of generated reports.",
        "We proposed a metric termed ‘environmentally sustainable performance’ (ESPer), which integrates performance and energy use.",
    ],
)
def test_a_short_form_defined_for_a_metric_names_no_model_or_dataset(vocabulary, abstract):
    """A long form ending in a noun for a metric (measure, index, rate), or given as a metric's name
    ('a metric termed ...'), names a metric, however it is introduced."""
    assert not {"jm", "qmsi", "ecr", "esper"} & open_names(run(vocabulary, "A study of segmentation", abstract))


@pytest.mark.parametrize(
    "abstract",
    [
        "We describe a deep learning algorithm detecting Fuchs endothelial corneal dystrophy (FECD) on specular microscopy. "
        "In eyes with FECD, a separate model was trained to detect low cell density.",
        "We study Quux Autoimmune Disorder (QAD) on hand radiographs. In hands with QAD, a separate network was trained to grade erosions.",
    ],
)
def test_a_short_form_defined_for_a_disease_names_no_model_or_dataset(vocabulary, abstract):
    """A long form ending in a noun for a disease (dystrophy, disorder, syndrome) names what the
    patients have, whatever a later apposition seems to say of its short form."""
    assert not {"fecd", "qad"} & open_names(run(vocabulary, "Screening with deep learning", abstract))


def test_a_head_noun_after_a_long_form_bracketed_behind_its_short_form_types_the_name(vocabulary):
    e = run(
        vocabulary,
        "Brain injury on CT",
        "Our method is evaluated on a subset of the data from the CORE-TBI (Collaborative Observational Research in Europe on Traumatic Brain Injury) study.",
    )
    assert "Dataset/name:coretbi" in keys(e, "Dataset")


def test_grades_and_time_points_name_no_model(vocabulary):
    e = run(
        vocabulary,
        "Radiomics of liver ultrasound",
        "Features were extracted at baseline (TP0) and after two cycles (TP1) to build TP0, TP1 and delta signatures. "
        "For steatosis grade S0 vs. S1-3 and S0-1 vs. S2-3, AUCs were 0.60 and 0.63 with a random forest.",
    )
    named = open_names(e)
    assert not {"tp0", "tp1", "s0", "s13", "s01", "s23"} & named


def test_numbered_names_that_count_from_no_start_stay_names(vocabulary):
    e = run(vocabulary, "A survey of state space models", "We compare the S4, S5 and S6 models with transformers.")
    named = open_names(e, "Model")
    assert {"s4", "s5", "s6"} <= named


def test_mri_weighting_labels_name_no_model(vocabulary):
    e = run(
        vocabulary,
        "Synthetic brain MRI",
        "We compare with MedGAN. The system is based on multi-modal (T1, T1-CE, T2, and FLAIR) MRI scans (BraTS 2020) "
        "and ADC maps.",
    )
    named = open_names(e)
    assert named == {"medgan"}


def test_a_derivation_cue_types_a_model_shaped_name_as_a_model(vocabulary):
    e = run(vocabulary, "PixelBNN: Augmenting the PixelCNN with batch normalization", "We present PixelBNN, a fast network.")
    assert "Model/name:pixelcnn" in keys(e, "Model")
    assert not keys(e, "Dataset")


def test_a_bracket_glued_to_a_word_opens_a_word_of_its_own(vocabulary):
    e = run(vocabulary, "Skin lesion localization", "A detector network(CNN) and a segmentor network(SegNetX) are trained on ISIC 2017.")
    named = open_names(e)
    assert named == {"segnetx"}


def test_a_dataset_noun_before_the_introduction_verb_does_not_type_the_new_name(vocabulary):
    e = run(vocabulary, "Whole slide images", "Addressing these challenges, we introduce QuuxAlot-MIL, which fuses magnifications.")
    assert "Model/name:quuxalotmil" in keys(e, "Model")


def test_pet_uptake_measures_name_no_model(vocabulary):
    e = run(
        vocabulary,
        "Classification of amyloid PET images",
        "Global mean and maximum SUVr cut-points were derived using ROC analysis. "
        "Classification with maximum SUVr cut-points was better than with mean SUVr cut-points or SUVmax.",
    )
    assert not open_names(e)


def test_a_number_glued_to_its_unit_names_no_model(vocabulary):
    e = run(
        vocabulary,
        "Slice interpolation network",
        "We achieve 43.90dB in PSNR, with at least 1.14dB improvement on the MSD dataset. Images at 120keV and 80kVp were synthesised.",
    )
    assert not open_names(e)


def test_population_cohorts_with_whole_body_mri_are_known_under_their_native_short_forms(vocabulary):
    # "NAKO" abbreviates the German "Nationale Kohorte": no initials of the English long form
    e = run(
        vocabulary,
        "Adipose tissue segmentation in whole-body MRI",
        "We collected 300 cases from the German National Cohort (NAKO) and scans from the Kohorte im Raum Augsburg.",
    )
    assert keys(e, "Dataset") == {"Dataset/nako", "Dataset/kora"}


def test_a_sections_first_word_is_no_part_of_the_name_after_it(vocabulary):
    e = run(vocabulary, "Pancreatic cysts in ADPKD", "METHODS: Eight nnU-Net-based segmentation models were trained on T2-weighted MR images.")
    assert keys(e, "Model") == {"Model/nnu-net"}


def test_mri_sequence_acronyms_name_no_model(vocabulary):
    e = run(vocabulary, "Kidney segmentation on MRI", "We trained U-Net on MRI images from two sequences based on SSFP and SSFSE. For SSFSE, Dice was 0.95.")
    assert keys(e, "Model") == {"Model/u-net"}


def test_a_known_name_ending_in_a_capital_s_is_known_in_any_case(vocabulary):
    # "GlaS" written "Glas": its final s is no plural's
    e = run(vocabulary, "Gland segmentation", "Experimental results on the Glas dataset show that our method is robust.")
    assert keys(e, "Dataset") == {"Dataset/glas"}


def test_a_name_coordinated_with_a_known_one_past_a_bracketed_aside_is_of_its_kind(vocabulary):
    e = run(
        vocabulary,
        "Source-free adaptation of localization models",
        "Results on the challenging Quux (smaller, breast cancer) and Camelyon16 (larger, colon cancer) histology datasets are poor.",
    )
    assert keys(e, "Dataset") == {"Dataset/name:quux", "Dataset/camelyon16"}


def test_detection_metrics_with_a_threshold_name_no_model(vocabulary):
    e = run(
        vocabulary,
        "YOLO-LAN: Precise Polyp Detection",
        "The pipeline outperformed existing methods for the Kvasir-seg and BKAI-IGH NeoPolyp datasets, achieving mAP50 of 0.96, "
        "mAP50:95 of 0.86 with YOLOv12 and mAP50 of 0.95, mAP50:95 of 0.85 with YOLOv8 on the Kvasir-seg dataset.",
    )
    named = {k for k in keys(e, "Model") if "/name:" in k}
    assert not {k for k in named if "map" in k}


def test_mean_average_precision_written_out_as_meanap_is_no_dataset(vocabulary):
    """'12.5% on meanAP for tool recognition': the metric a result is 'on', not data."""
    e = run(vocabulary, "Surgical phase recognition", "Our approach outperformed EndoNet by 8.1% on precision and 12.5% on meanAP for tool recognition.")
    assert not keys(e, "Dataset")


def test_a_version_in_brackets_after_a_known_name_is_that_version(vocabulary):
    e = run(
        vocabulary,
        "Comparing pathology foundation models",
        "The models span contrastive learning (CONCH, PLIP) and self-distillation (UNI (v2), Virchow (v2)) approaches.",
    )
    assert {"Model/uni-2", "Model/virchow2"} <= keys(e, "Model")
    assert not open_names(e, "Model")


def test_a_head_noun_after_a_bracketed_short_form_types_the_name(vocabulary):
    e = run(
        vocabulary,
        "Surgical scene understanding",
        "We introduce the Phase, Step, Instrument, and Quux Visual Action recognition (PSI-QVA) Dataset. "
        "We rank third in the 2022 Colon Nuclei Identification and Counting (CoNIC) Challenge. "
        "Our system builds on a Content-Based Medical Image Retrieval (CBMIR) framework.",
    )
    assert {"Dataset/name:psiqva", "Dataset/name:conic"} <= keys(e, "Dataset")
    assert "Model/name:cbmir" not in keys(e, "Model")


def test_a_method_noun_after_a_new_long_form_ending_in_a_task_types_the_name(vocabulary):
    e = run(
        vocabulary,
        "Tumour segmentation in planning CT",
        "We introduce a 3D Semantic Asymmetry Tumor Segmentation (SATS) method. SATS outperforms the baselines.",
    )
    assert keys(e, "Model") == {"Model/name:sats"}


def test_initials_of_a_task_phrase_no_paper_introduces_name_no_model(vocabulary):
    e = run(
        vocabulary,
        "Training-free prompting for segmentation",
        "Cross-domain Few-shot Medical Image Segmentation (CD-FSMIS) is a potential solution for scarce labels. "
        "Current CD-FSMIS models need heavy training. We propose QuuxPrompt, a training-free CD-FSMIS model.",
    )
    assert keys(e, "Model") == {"Model/name:quuxprompt"}


def test_a_title_opening_with_a_modified_known_model_names_the_papers_model(vocabulary):
    e = run(
        vocabulary,
        "Boosted ResNet: A Lightweight Network for Skin Lesion Classification",
        "We classify dermoscopic images of skin lesions.",
    )
    assert "Model/name:boostedresnet" in keys(e, "Model")
    assert ("paper", "Model/name:boostedresnet") in links(e, "introduces")
    e = run(vocabulary, "Chest ResNet Features: A Study of Transfer Learning", "We classify chest X-rays.")
    assert not open_names(e, "Model")


def test_a_name_set_off_by_dashes_after_a_model_noun_is_a_model(vocabulary):
    e = run(
        vocabulary,
        "Brain tumour segmentation",
        "In our approach, we utilized a hybrid U-Net-shaped model – GLIMS – to perform 3D brain tumor segmentation.",
    )
    assert "Model/name:glims" in keys(e, "Model")
    assert {m.text for m in e.mentions if m.key == "Model/name:glims"} == {"GLIMS"}


def test_an_unattributed_experiment_uses_the_model_the_title_names(vocabulary):
    e = run(
        vocabulary,
        "Joint nnU-Net and Radiomics Approaches for Segmentation of Head and Neck Cancers",
        "Automatic segmentation of head and neck tumors plays a crucial role in treatment planning. "
        "This study aims to employ nnU-Net for automatic segmentation of PET/CT images. "
        "A multi-center dataset with 883 patients (524 patients for training, 359 for testing) was provided in HECKTOR 2022.",
    )
    assert any(m == "Model/nnu-net" and d.startswith("Dataset/name:hecktor") for m, d in links(e, "trainedOn") | links(e, "evaluatedOn"))


def test_a_capitalised_word_set_off_by_commas_after_our_model_noun_names_it(vocabulary):
    e = run(
        vocabulary,
        "Cardiac segmentation",
        "We use the uncertainty as memory in our ensemble learning method, Streaming, for classifier weighting.",
    )
    assert "Model/name:streaming" in keys(e, "Model")
    assert ("paper", "Model/name:streaming") in links(e, "introduces")


def test_a_defined_version_of_a_known_model_hides_the_family_in_its_long_form(vocabulary):
    e = run(
        vocabulary,
        "Bleeding detection in capsule endoscopy",
        "Our benchmark shows that You Only Look Once version 8 nano (YOLOv8n) performed best in detection.",
    )
    assert "Model/name:yolov8n" in keys(e, "Model")
    assert "Model/yolo" not in keys(e, "Model")


def test_recurrent_network_families_are_no_names(vocabulary):
    e = run(
        vocabulary,
        "A Multi Constrained Transformer-BiLSTM Guided Network for Sleep Staging",
        "A novel architecture, SleepQuux, is proposed. It combines a CNN-BiGRU encoder with a Bi-LSTM decoder.",
    )
    assert not {k for k in keys(e, "Model") if "lstm" in k or "gru" in k}
    assert "Model/name:sleepquux" in keys(e, "Model")


def test_a_known_model_in_a_list_types_its_new_neighbours_before_a_distant_head_noun(vocabulary):
    e = run(
        vocabulary,
        "Sleep staging from EEG",
        "Our model generates the best result on the SleepEDFx dataset and outperforms state-of-the-art (IIT-Net, DeepSleepNet) techniques.",
    )
    assert "Model/name:iitnet" in keys(e, "Model")
    assert "Dataset/name:iitnet" not in keys(e, "Dataset")


def test_a_name_before_a_lower_case_model_noun_is_name_shaped(vocabulary):
    e = run(
        vocabulary,
        "QED-net: A Dilation Network for Low-dose CT Denoising",
        "Our model is evaluated on the Mayo clinic dataset. Unlike CLIP-based methods, it needs no text.",
    )
    assert "Model/name:qednet" in keys(e, "Model")
    assert not {k for k in keys(e, "Model") if "based" in k}


def test_one_capital_letter_before_a_model_familys_acronym_is_a_name(vocabulary):
    e = run(
        vocabulary,
        "Q-VLM: Hierarchical Vision Language Modeling for Report Generation",
        "Q-VLM achieves state-of-the-art performance on CT-RATE. We compare X-Ray and T-Cell baselines.",
    )
    assert keys(e, "Model") == {"Model/name:qvlm"}
    assert ("Model/name:qvlm", "Dataset/ct-rate") in links(e, "evaluatedOn")


def test_capitalised_words_before_a_known_one_word_model_name_a_variant_of_it(vocabulary):
    e = run(
        vocabulary,
        "Optic disc segmentation",
        "Here a Modified U-net model is proposed. Among earlier models, particularly Dense UNet did well. "
        "U-Net is the baseline, and QFF-Net (Quux Fusion U-Net) is another.",
    )
    assert {"Model/name:modifiedunet", "Model/name:denseunet", "Model/u-net"} <= keys(e, "Model")
    assert ("Model/name:denseunet", "Model/u-net") in links(e, "basedOn")
    assert "Model/name:quuxfusionunet" not in keys(e, "Model")


def test_capitalised_words_around_a_known_model_name_a_longer_name_not_a_variant_of_it(vocabulary):
    """'The Channel Mamba State Aggregation module': the capitalised words run on past Mamba, so
    they name something longer (a module) with Mamba inside, not a variant 'Channel Mamba'."""
    e = run(
        vocabulary,
        "Multi-organ segmentation",
        "The Channel Mamba State Aggregation module redefines the channel dimension. A Modified U-Net Model is our baseline.",
    )
    assert "Model/name:channelmamba" not in keys(e, "Model")
    assert "Model/name:modifiedunet" in keys(e, "Model")


def test_a_known_model_inside_the_defined_name_of_a_part_is_no_mention_of_it(vocabulary):
    """'a Parallel Vision Mamba (PVM) layer' names a layer with words of its own before Vision Mamba:
    no mention of Vision Mamba. A part named after the model it opens with ('a Swin Transformer
    Block (STB)') still uses that model."""
    e = run(
        vocabulary,
        "Skin lesion segmentation",
        "The inclusion of a Parallel Vision Mamba (PVM) layer optimizes feature segmentation. A Swin Transformer Block (STB) is used.",
    )
    assert "Model/vim" not in keys(e, "Model")
    assert "Model/swin-transformer" in keys(e, "Model")


def test_a_short_word_before_an_article_is_a_verb_not_the_tail_of_a_name(vocabulary):
    """'Does DINOv3 Set a New ...': "Set" takes an object, so it is no tail of the name ('CheXpert Plus' is)."""
    e = run(vocabulary, "Does QuuxNet Set a New Medical Vision Standard?", "We benchmark QuuxNet on medical images.")
    assert open_names(e, "Model") == {"quuxnet"}


def test_the_decathlons_heart_task_is_named_msd_cardiac_too(vocabulary):
    e = run(vocabulary, "Weak supervision", "Results on BraTS 2019, AbdomenCT-1K and the MSD Cardiac dataset show gains.")
    assert "Dataset/msd-heart" in keys(e, "Dataset")


def test_a_capital_v_version_after_a_name_is_part_of_it(vocabulary):
    e = run(
        vocabulary,
        "Stenosis scoring in MPR images",
        "We apply an automated approach based on the QuuxShuffle V2 network architecture to MPR images.",
    )
    assert "Model/name:quuxshufflev2" in keys(e, "Model")
    assert "Model/name:v2" not in keys(e, "Model")


def test_a_new_dataset_name_opening_a_longer_one_is_a_short_reference_to_it(vocabulary):
    e = run(
        vocabulary,
        "Prostate cancer detection in MRI",
        "We use both the QUUX-CAI Challenge dataset and a newly compiled QuuxMed Prostate dataset. "
        "Five models pretrained on QUUX-CAI were fine-tuned on the QuuxMed dataset.",
    )
    assert keys(e, "Dataset") == {"Dataset/name:quuxcaichallenge", "Dataset/name:quuxmedprostate"}
    assert ("Dataset/name:quuxmedprostate", "QuuxMed") in e.aliases


def test_title_case_words_and_a_year_before_a_named_challenge_are_part_of_its_name(vocabulary):
    e = run(
        vocabulary,
        "Low-dose CT denoising",
        "We evaluate our network on the 2016 Low-dose CT Grand Challenge data. "
        "Using QX Grand Challenge images, we train a second network.",
    )
    assert "Dataset/name:2016lowdosectgrandchallenge" in keys(e, "Dataset")
    assert "Dataset/name:qxgrandchallenge" in keys(e, "Dataset")


def test_four_capitalised_words_before_a_capitalised_head_noun_are_part_of_a_name(vocabulary):
    e = run(
        vocabulary,
        "Hemorrhage detection on head CT",
        "Developed on the extensive 2031-QXRA Brain CT Hemorrhage Challenge dataset, our model is accurate. "
        "We also test it on the KiTS Kidney Tumor Segmentation Challenge data.",
    )
    assert keys(e, "Dataset") == {"Dataset/name:2031qxrabraincthemorrhagechallenge", "Dataset/kits"}


def test_a_family_acronym_hyphened_to_a_known_model_is_a_hybrid_not_a_model(vocabulary):
    e = run(
        vocabulary,
        "Intrapartum ultrasound segmentation with CNN-ViT collaborative learning",
        "A CNN-ViT student pair learns from unlabeled images; a Med-DDPM baseline is compared.",
    )
    assert "Model/name:cnnvit" not in keys(e, "Model")
    assert "Model/name:medddpm" in keys(e, "Model")


def test_a_short_form_of_a_task_in_its_initials_as_written_is_the_task_not_a_method(vocabulary):
    e = run(
        vocabulary,
        "A benchmark of medical out-of-distribution detection",
        "Such images should be filtered out by an Out-of-Distribution Detection (OoDD) method. We benchmark popular OoDD methods.",
    )
    assert not keys(e, "Model")
    assert "Task/ood-detection" in keys(e, "Task")


def test_a_hyphenated_pairing_of_two_named_models_is_no_model_of_its_own(vocabulary):
    e = run(
        vocabulary,
        "Chest X-ray report generation",
        "We employed a pretrained QuuxViT and a SWIN Transformer as the image encoders. "
        "The BART and GPT-2 models serve as the textual decoders. "
        "We evaluate the SWIN-BART, QuuxViT-BART and QuuxViT-GPT-2 models on the IU-Xray dataset.",
    )
    found = keys(e, "Model")
    assert not {"Model/name:swinbart", "Model/name:quuxvitbart", "Model/name:quuxvitgpt2"} & found
    assert {"Model/name:bart", "Model/name:quuxvit"} <= found


def test_modality_and_organ_words_may_separate_a_name_from_its_dataset_noun(vocabulary):
    e = run(
        vocabulary,
        "Seizure prediction from EEG",
        "The proposed CNN model is evaluated on Kaggle intracranial and QX-MIT scalp EEG datasets. "
        "We fine-tune QuuxNet on brain and chest CT datasets.",
    )
    assert "Dataset/name:qxmit" in keys(e, "Dataset")
    assert "Model/name:quuxnet" in keys(e, "Model")
    assert "Dataset/name:quuxnet" not in keys(e, "Dataset")


def test_a_known_name_read_from_the_middle_of_a_prefixed_word_is_no_mention(vocabulary):
    e = run(vocabulary, "Multi-Cycle-Consistent Adversarial Networks for CT Image Denoising", "We denoise low-dose CT images.")
    assert "Model/cyclegan" not in keys(e, "Model")
    e = run(vocabulary, "CT Image Denoising", "We compare with Cycle-Consistent Adversarial Networks on low-dose CT images.")
    assert "Model/cyclegan" in keys(e, "Model")


def test_a_named_data_collection_project_is_a_dataset(vocabulary):
    e = run(
        vocabulary,
        "Pigmented skin images",
        "The QUUXDERM project aims to collect images of skin diseases in Sub-Saharan countries.",
    )
    assert "Dataset/name:quuxderm" in keys(e, "Dataset")


def test_classic_stain_normalisation_and_reconstruction_algorithms_are_known(vocabulary):
    e = run(
        vocabulary,
        "Staining normalization in histopathology",
        "We benchmark the Macenko, Reinhard and Vahadane methods, and reconstruct PET with ordered subset expectation "
        "maximization (OSEM), MLEM and filtered back projection.",
    )
    assert {"Model/macenko", "Model/reinhard", "Model/vahadane", "Model/osem", "Model/mlem", "Model/fbp"} <= keys(e, "Model")
    assert not keys(e, "Dataset")


def test_a_name_set_off_by_commas_after_a_new_dataset_noun_names_that_dataset(vocabulary):
    e = run(
        vocabulary,
        "Blood cell classification",
        "We classify white blood cells. Additionally, we introduce a new WBC dataset, Quux-WBC-8, for benchmarking.",
    )
    assert "Dataset/name:quuxwbc8" in keys(e, "Dataset")
    assert ("paper", "Dataset/name:quuxwbc8") in links(e, "introduces")


def test_a_known_name_before_a_title_case_participle_is_a_modifier_not_a_new_name(vocabulary):
    e = run(vocabulary, "Mamba-Based Ensemble Learning for Blood Cell Classification", "We classify white blood cells with Mamba models.")
    assert keys(e, "Model") == {"Model/mamba"}
    e = run(vocabulary, "Quux-Guided Segmentation of the Liver", "We segment the liver in CT.")
    assert not keys(e, "Model")
    # an adjective hyphened on in title case modifies as a participle does
    e = run(vocabulary, "Glimnet: UNet-Like Pure Visual Mamba for Medical Image Segmentation", "We segment organs.")
    assert "Model/name:unetlike" not in keys(e, "Model") and "Model/name:glimnet" in keys(e, "Model")


def test_a_title_challenge_name_after_the_article_runs_over_function_words(vocabulary):
    """"The International Workshop on Osteoarthritis Imaging Knee MRI Segmentation Challenge: ...":
    the whole name up to the colon, not its last capitalised words."""
    e = run(
        vocabulary,
        "The International Workshop on Quux Imaging Knee MRI Segmentation Challenge: A Multi-Institute Evaluation",
        "Six teams submitted entries for the challenge.",
    )
    assert keys(e, "Dataset") == {"Dataset/name:internationalworkshoponquuximagingkneemrisegmentationchallenge"}


def test_capitalised_modality_and_organ_words_before_a_dataset_noun_name_nothing(vocabulary):
    e = run(vocabulary, "Cardiac segmentation", "We conducted experiments on the publicly available ACDC MRI Cardiac segmentation dataset.")
    assert keys(e, "Dataset") == {"Dataset/acdc"}


def test_capitalised_words_after_a_dataset_noun_and_a_colon_are_one_dataset_name(vocabulary):
    e = run(
        vocabulary,
        "MRI-to-CT synthesis",
        "Experiments are performed on two complementary datasets: Gold Atlas Male Pelvis and the QuuxRAD2023 pelvis subset.",
    )
    assert {"Gold Atlas Male Pelvis", "QuuxRAD2023"} <= {m.text for m in e.mentions if m.type == "Dataset"}


def test_a_plain_description_of_images_names_no_known_dataset(vocabulary):
    e = run(vocabulary, "A benchmark for breast ultrasound segmentation", "We collected 562 breast ultrasound images from four radiologists.")
    assert not keys(e, "Dataset")
    e = run(vocabulary, "Breast lesion segmentation", "We train on the BUSI dataset.")
    assert keys(e, "Dataset") == {"Dataset/busi"}


def test_reporting_systems_sequences_and_error_metrics_defined_in_the_text_are_no_names(vocabulary):
    e = run(
        vocabulary,
        "Thyroid nodule classification and MRI synthesis",
        "After the Thyroid Imaging Reporting and Data System (TIRADS) stage, a biopsy is required. "
        "Manual grading by the CAD-Reporting and Data System (CAD-RADS) is slow. "
        "We combine Negative Log Likelihood (NLL) and End Point Error (EPE) in the loss. "
        "We use multi-Gradient-Recalled Echo (mGRE) signals; experimental validation on real mGRE data shows gains.",
    )
    assert not keys(e, "Model")
    assert not keys(e, "Dataset")


def test_gi_and_joint_replacement_abbreviations_name_no_model_or_dataset(vocabulary):
    e = run(
        vocabulary,
        "A foundation model for GI endoscopy",
        "We pre-train on images sampled from the largest known GI endoscopy video dataset. "
        "We also predict Total Knee Replacement (TKR) from knee radiographs.",
    )
    assert not keys(e, "Dataset")
    assert not keys(e, "Model")
    assert "AnatomicalStructure/gi-tract" in keys(e, "AnatomicalStructure")


def test_a_bare_version_coordinated_after_a_versioned_name_is_that_name_at_the_version(vocabulary):
    e = run(
        vocabulary,
        "Lesion classification",
        "We fine-tune EfficientNetL1 & L2 and VGG16 & 19 models on the ISIC 2017, 2018 and 2019 challenge data. "
        "ResNet-50 and -101 serve as baselines.",
    )
    assert {"Model/name:efficientnetl2", "Model/vgg-19", "Model/resnet-101"} <= keys(e, "Model")
    assert "Model/name:l2" not in keys(e, "Model")
    assert {"Dataset/isic-2018", "Dataset/isic-2019"} <= keys(e, "Dataset")
    assert "EfficientNetL2" in {m.text for m in e.mentions}


def test_a_number_that_counts_or_a_figure_after_a_versioned_name_is_no_version(vocabulary):
    e = run(vocabulary, "Chest X-rays", "We trained ResNet-50 and 101 patients were scanned. AUCs on ChestX-ray14, 0.82 and 0.85, were high.")
    assert keys(e, "Model") == {"Model/resnet-50"}


def test_a_count_before_the_capitalised_words_of_what_it_counts_is_no_version(vocabulary):
    """'ABIDE 2 and 750 T1w MRI scans from ADHD-200': 750 counts scans; a year there is a version."""
    e = run(vocabulary, "MRI quality control", "We validate on 799 T1w MRI scans from ABIDE 2 and 750 T1w MRI scans from ADHD-200. BraTS 2019 and 2020 MRI scans are used too.")
    assert not any("750" in m.text for m in e.mentions if m.type == "Dataset")
    assert {"Dataset/adhd-200", "Dataset/brats-2019", "Dataset/brats-2020"} <= keys(e, "Dataset")


def test_a_venue_acronym_with_a_year_in_a_dataset_context_names_that_challenges_data(vocabulary):
    e = run(
        vocabulary,
        "Skin lesion segmentation",
        "The model was evaluated on two public databases: ISBI 2016 and 2017. It was presented at MICCAI 2023. "
        "We also use the MICCAI 2017 Liver Tumor Segmentation Challenge data.",
    )
    found = keys(e, "Dataset")
    assert {"Dataset/name:isbi2016", "Dataset/name:isbi2017"} <= found
    assert not any(k.startswith("Dataset/name:miccai") for k in found)
    assert not keys(e, "Model")


def test_a_capitalised_word_before_a_known_model_in_a_list_names_a_variant_and_the_list_goes_on(vocabulary):
    e = run(
        vocabulary,
        "Fracture detection in wrist radiographs",
        "Using QRST, Libra R-CNN, WXYZ, Faster R-CNN, Dynamic R-CNN and KLM deep-learning-based detection models, we find fractures.",
    )
    found = keys(e, "Model")
    assert {"Model/name:qrst", "Model/name:librarcnn", "Model/name:wxyz", "Model/faster-r-cnn", "Model/name:dynamicrcnn", "Model/name:klm"} <= found
    assert "Model/r-cnn" not in found


def test_a_word_before_a_spelled_out_known_name_can_make_another_known_name(vocabulary):
    """'a mask region-based convolutional neural network (R-CNN)': the paper writes Mask R-CNN's
    short form without its first word; the name is Mask R-CNN, with the whole phrase as an alias."""
    e = run(
        vocabulary,
        "Meniscal tears on knee MRI",
        "We trained a mask region-based convolutional neural network (R-CNN) to localize menisci. The R-CNN was accurate.",
    )
    assert keys(e, "Model") == {"Model/mask-r-cnn"}
    assert ("Model/mask-r-cnn", "mask region-based convolutional neural network") in e.aliases


def test_r_cnn_is_a_known_detector(vocabulary):
    e = run(vocabulary, "Nodule detection", "We compare R-CNN and Fast R-CNN with our detector.")
    assert {"Model/r-cnn", "Model/fast-r-cnn"} <= keys(e, "Model")


def test_one_capital_letter_before_a_capitalised_network_noun_is_a_name(vocabulary):
    e = run(
        vocabulary,
        "Q-Net: A Dual-Encoder Network for Medical Image Segmentation",
        "We present Q-Net, an architecture that fuses spectral features. X-Ray images and T-Cell counts are no networks.",
    )
    assert keys(e, "Model") == {"Model/name:qnet"}


def test_the_words_after_a_title_colon_that_spell_its_opening_name_are_the_names_long_form(vocabulary):
    e = run(vocabulary, "MSUN: Multi-Scale U-Net for Liver Segmentation", "We propose a new network named MSUN for CT.")
    assert ("Model/name:msun", "Multi-Scale U-Net") in e.aliases
    e = run(vocabulary, "QuuxNet: Transformers Make Strong Encoders for Segmentation", "We propose QuuxNet for CT.")
    assert not e.aliases
    e = run(vocabulary, "RAUNet: Residual Attention U-Net for Instrument Segmentation", "A new dataset is built to evaluate our network.")
    assert keys(e, "Model") == {"Model/name:raunet"}  # the long form names no Attention U-Net
    e = run(vocabulary, "CMTNet: Cross-Mamba and Texture Network for Lesion Segmentation", "We propose CMTNet for CT.")
    assert keys(e, "Model") == {"Model/name:cmtnet"}  # words joined by "and" spell it too
    assert ("Model/name:cmtnet", "Cross-Mamba and Texture Network") in e.aliases


def test_a_colon_that_lost_its_space_still_separates_two_words(vocabulary):
    e = run(
        vocabulary,
        "MSUN:Multi-Scale U-Net for Liver Segmentation",
        "Methods:We propose a new network named MSUN for CT. Results:MSUN outperforms 3D U-Net at 10:30 inference time.",
    )
    assert ("Model/name:msun", "Multi-Scale U-Net") in e.aliases
    assert not any(":" in m.text for m in e.mentions)


def test_a_comma_that_lost_its_space_still_separates_two_words(vocabulary):
    e = run(vocabulary, "BI-RADS classification", "According to the analysis results,ViT's transfer learning model reached 94% accuracy.")
    assert keys(e, "Model") == {"Model/vit"}


def test_marks_that_lost_their_space_still_separate_names(vocabulary):
    """Pages copied from PDFs drop the space after a colon, a comma or a full stop: 'QuuxSeg:a', 'labels.QuuxSeg',
    'UNet++,UNETR,FrobNet,and' are the names of a spaced text, and no name holds the mark."""
    glued = run(vocabulary, "QuuxSeg:a vessel segmentation approach with noisy label refinement", "We refine noisy labels.QuuxSeg outperforms UNet++,UNETR,FrobNet,and MTCL on CT.")
    spaced = run(vocabulary, "QuuxSeg: a vessel segmentation approach with noisy label refinement", "We refine noisy labels. QuuxSeg outperforms UNet++, UNETR, FrobNet, and MTCL on CT.")
    assert keys(glued, "Model") == keys(spaced, "Model") == {"Model/name:quuxseg", "Model/unet-plus-plus", "Model/unetr", "Model/name:frobnet", "Model/name:mtcl"}
    assert not any(mark in m.text for m in glued.mentions for mark in ":,.")


def test_a_findings_short_form_names_no_model_unless_a_dataset_noun_follows(vocabulary):
    """'Hyperattenuated imaging markers (HIM)' are what the model reads, not the model; 'multicenter microscopic
    findings (MMF) dataset' names data collected as findings."""
    e = run(vocabulary, "A clinical-radiomics approach with HIM for haemorrhage prediction", "We build a radiomics model using hyperattenuated imaging markers (HIM) on CT. The model based on HIM predicts haemorrhage.")
    assert not any("HIM" in m.text for m in e.mentions if m.type in ("Model", "Dataset"))
    e = run(vocabulary, "Pathology reports", "We introduce a multicenter microscopic findings (MMF) dataset of slide descriptions from three hospitals.")
    assert keys(e, "Dataset") == {"Dataset/name:mmf"}


def test_the_word_version_in_a_long_form_names_no_model(vocabulary):
    e = run(vocabulary, "ECG digitisation", "The You Only Look Once, Version 3 (YOLOv3) algorithm extracts each lead from the scanned paper record.")
    assert keys(e, "Model") == {"Model/yolov3"}


def test_general_video_generators_are_known_models_with_their_versions_apart(vocabulary):
    """Medical video generation builds on and compares with general text-to-video models: Stable Video Diffusion
    (based on Stable Diffusion), Veo 3 (a version of Veo, kept apart from it)."""
    e = run(vocabulary, "QuuxSurg: surgical video generation", "Conditioned within the Stable Video Diffusion, QuuxSurg beats Veo-3 and CogVideoX.")
    assert {"Model/stable-video-diffusion", "Model/veo-3", "Model/cogvideox"} <= keys(e, "Model")
    assert ("Model/stable-video-diffusion", "Model/stable-diffusion") in links(e, "basedOn")
    assert "Model/veo" in vocabulary.ancestors("Model/veo-3")


def test_masked_siamese_networks_are_known_by_their_long_name_only(vocabulary):
    e = run(vocabulary, "Self-supervised endoscopy", "We pretrain a ViT with Masked Siamese Networks on colonoscopy videos.")
    assert "Model/msn" in keys(e, "Model")
    e = run(vocabulary, "Retinal vessels", "Our multi-scale network (MSN) segments vessels in fundus images.")
    assert "Model/msn" not in keys(e, "Model")


def test_optimam_in_title_case_is_the_mammography_database(vocabulary):
    e = run(vocabulary, "Calcification classification", "We train ResNet101 on CBIS-DDSM and on Optimam mammograms.")
    assert "Dataset/optimam" in keys(e, "Dataset")


def test_capitals_spelling_a_task_the_paper_names_abbreviate_it(vocabulary):
    """'Competitive LLIE methods' in a paper on low-light image enhancement: the task's initials, though never
    defined, name no model; capitals that spell no task named there still may."""
    e = run(vocabulary, "QuuxDiff: low-light image enhancement for endoscopy", "QuuxDiff outperforms competitive LLIE methods on colonoscopy frames.")
    assert keys(e, "Model") == {"Model/name:quuxdiff"}
    e = run(vocabulary, "QuuxDiff: low-light image enhancement for endoscopy", "QuuxDiff outperforms competitive FROB methods on colonoscopy frames.")
    assert "Model/name:frob" in keys(e, "Model")


def test_a_purpose_statement_introduces_the_authors_model(vocabulary):
    """'Objective: To develop a deep multi-task (DMT) model ...' says what the paper makes, as 'we propose' does;
    an infinitive inside a sentence ('... is needed to develop ...') is no purpose statement."""
    for heading in ("Objective:", "Rationale and Objectives:"):
        e = run(vocabulary, "Schwannoma growth", f"{heading} To develop a deep-learning-based multi-task (DMT) model for joint enlargement prediction. A DMT model was built.")
        assert keys(e, "Model") == {"Model/name:dmt"}, heading
    e = run(vocabulary, "Schwannoma growth", "More data is needed to develop a deep-learning-based multi-task (DMT) model for joint enlargement prediction.")
    assert "Model/name:dmt" not in keys(e, "Model")


def test_initials_written_with_full_stops_name_no_model(vocabulary):
    # "A.I." abbreviates words as "AI" does; no model or dataset is written so
    e = run(vocabulary, "Elbow trauma in children", "To develop a model using artificial intelligence (A.I.) able to detect injuries on elbow X-rays.")
    assert not keys(e, "Model")


def test_a_dataset_shaped_name_after_based_on_is_the_data(vocabulary):
    """'Generation based on QuuxVid-160K': a name whose form counts data is what the model learnt from, not a
    model it builds on; a name of no such form after 'based on' stays a model."""
    e = run(vocabulary, "QuuxGen: surgical video generation", "We curate a dataset of video-instruction pairs. QuuxGen learns video generation based on QuuxVid-160K.")
    assert "Dataset/name:quuxvid160k" in keys(e, "Dataset")
    e = run(vocabulary, "QuuxGen: surgical video generation", "QuuxGen learns video generation based on FrobNet.")
    assert "Model/name:frobnet" in keys(e, "Model")


def test_a_title_name_the_abstract_writes_only_inside_its_introduced_names_is_the_projects(vocabulary):
    e = run(
        vocabulary,
        "Quux3D: Advancing 3D Medical Image Analysis with Multi-Modal Large Language Models",
        "We present a large-scale 3D multi-modal medical dataset, Quux3D-Data, of 120K image-text pairs. "
        "Additionally, we propose Quux3D-LaMed, a versatile multi-modal large language model, trained on Quux3D-Data.",
    )
    assert keys(e, "Model") == {"Model/name:quux3dlamed"}
    assert ("Model/name:quux3dlamed", "Dataset/name:quux3ddata") in links(e, "trainedOn")
    e = run(vocabulary, "Quux3D: A Multi-Modal Model", "We propose Quux3D, trained on the new Quux3D-Data dataset.")
    assert keys(e, "Model") == {"Model/name:quux3d"}


def test_an_acronym_hyphened_to_a_noun_before_dataset_names_the_data(vocabulary):
    e = run(
        vocabulary,
        "Tongue image segmentation: the QUUX-regurgitation study",
        "We segment 300 tongue images from the SIPL-tongue dataset. Results on the HIT-tongue dataset are similar, "
        "as on the MRI-derived dataset.",
    )
    assert keys(e, "Dataset") == {"Dataset/name:sipltongue", "Dataset/name:hittongue"}


def test_a_hosts_name_before_a_known_dataset_is_that_dataset(vocabulary):
    """"the Kaggle EyePACS dataset", "MICCAI-ACDC": the host's or venue's name before a known dataset
    is no new dataset beside it, only another way of writing it."""
    e = run(vocabulary, "Diabetic retinopathy grading", "We train on the Kaggle EyePACS dataset and test on MICCAI-ACDC.")
    assert keys(e, "Dataset") == {"Dataset/eyepacs", "Dataset/acdc"}
    assert ("Dataset/eyepacs", "Kaggle EyePACS dataset") in e.aliases


def test_a_name_with_its_noun_is_an_alias(vocabulary):
    # readers name "the RSNA dataset" with its noun, where the bare word is an organisation's
    e = run(vocabulary, "Screening mammography", "Methods were tested against the RSNA dataset, the Lizard data set and the ISLES 2022 challenge.")
    assert {("Dataset/name:rsna", "RSNA dataset"), ("Dataset/lizard", "Lizard data set"), ("Dataset/isles-2022", "ISLES 2022 challenge")} <= set(e.aliases)
    e = run(vocabulary, "Cardiac segmentation", "We train the QuuxSeg network and compare it with the U-Net model and the YOLOv5 algorithm.")
    assert {("Model/name:quuxseg", "QuuxSeg network"), ("Model/u-net", "U-Net model"), ("Model/yolov5", "YOLOv5 algorithm")} <= set(e.aliases)
    e = run(vocabulary, "Breast region segmentation in thermal images", "We segment the breast region and the adipose tissue.")
    assert {("AnatomicalStructure/breast", "breast region")} <= set(e.aliases)
    e = run(vocabulary, "ROSE image classification", "We classify cytopathological images and fluoroscopy sequences.")
    assert {("Modality/cytology", "cytopathological images"), ("Modality/fluoroscopy", "fluoroscopy sequences")} <= set(e.aliases)
    e = run(vocabulary, "Cone-beam reconstruction", "We reconstruct volumes from sparse X-ray projections and track needles in ultrasound frames.")
    assert {("Modality/x-ray", "X-ray projections"), ("Modality/ultrasound", "ultrasound frames")} <= set(e.aliases)
    e = run(vocabulary, "Placenta accreta on MRI", "We detect placenta accreta from volumetric MRI scans and follow-up ultrasound.")
    assert {("Modality/mri", "volumetric MRI scans"), ("Modality/ultrasound", "follow-up ultrasound")} <= set(e.aliases)
    e = run(vocabulary, "Breast region segmentation", "We compare the baseline U-Net with a pretrained ResNet-50 network.")
    assert {("Model/u-net", "baseline U-Net"), ("Model/resnet-50", "pretrained ResNet-50 network")} <= set(e.aliases)
    e = run(vocabulary, "Surgical tools", "We train on the MICCAI 2017 EndoVis Challenge dataset.")
    assert ("Dataset/endovis-2017", "MICCAI 2017 EndoVis Challenge dataset") in e.aliases
    e = run(vocabulary, "Fetal brain segmentation", "We segment the whole brain and the left kidney region.")
    assert {("AnatomicalStructure/brain", "whole brain"), ("AnatomicalStructure/kidney", "left kidney region")} <= set(e.aliases)
    e = run(vocabulary, "Liver lesions", "We detect liver lesions and measure the bladder wall on CT.")
    assert {("AnatomicalStructure/liver", "liver lesions"), ("AnatomicalStructure/bladder", "bladder wall")} <= set(e.aliases)
    e = run(vocabulary, "Pelvic segmentation", "We segment the pelvic structures and the thoracic organs on MRI.")
    assert {("AnatomicalStructure/pelvis", "pelvic structures"), ("AnatomicalStructure/chest", "thoracic organs")} <= set(e.aliases)


def test_hybrid_before_a_model_says_which_and_stays_in_its_alias(vocabulary):
    e = run(vocabulary, "Pneumonia classification", "We propose a hybrid QuuxViT-CNN architecture and compare it with a hybrid ResNet-50.")
    assert {("Model/name:quuxvitcnn", "hybrid QuuxViT-CNN"), ("Model/resnet-50", "hybrid ResNet-50")} <= set(e.aliases)


def test_a_name_between_its_modifier_and_its_noun_is_named_without_the_noun_too(vocabulary):
    # "a 3D ResNet-18 architecture" is a 3D ResNet-18, as readers name it
    e = run(vocabulary, "HPV status on PET/CT", "Our approach leverages a 3D ResNet-18 architecture on MRI scans of the mouse brain region.")
    assert {("Model/resnet-18", "3D ResNet-18 architecture"), ("Model/resnet-18", "3D ResNet-18"), ("AnatomicalStructure/brain", "mouse brain region"), ("AnatomicalStructure/brain", "mouse brain")} <= set(e.aliases)


@pytest.mark.parametrize(
    "abstract, alias",
    [
        ("We recognise phases in cataract surgery videos.", ("Modality/surgical-video", "cataract surgery videos")),
        ("We compare models on lateral cephalometric radiographs.", ("Modality/cephalometric-radiography", "lateral cephalometric radiographs")),
        ("We screen 300 urine cytology slides.", ("Modality/cytology", "urine cytology slides")),
        ("We segment the mouse brain in light-sheet volumes.", ("AnatomicalStructure/brain", "mouse brain")),
    ],
)
def test_a_modality_or_organ_keeps_the_word_before_it_that_says_which_kind_as_an_alias(vocabulary, abstract, alias):
    """Readers name a modality or an organ with the word that says which kind the paper means."""
    assert alias in set(run(vocabulary, "Image analysis", abstract).aliases)


def test_a_modality_keeps_no_function_word_number_vague_adjective_or_verb_before_it(vocabulary):
    e = run(
        vocabulary,
        "Image analysis",
        "Patients underwent MRI. We collected various CT scans, using ultrasound and acquired PET. Two MRI readers took part.",
    )
    assert not {surface for key, surface in e.aliases if key.startswith("Modality/") and " " in surface}
    e = run(vocabulary, "Heart segmentation", "We propose automatic cardiac segmentation of the heart.")
    assert not {surface for key, surface in e.aliases if key.startswith("AnatomicalStructure/") and " " in surface}


def test_a_verb_a_plural_or_a_superlative_before_a_modality_or_organ_is_no_kind_of_it(vocabulary):
    """"integrates CT", "the patients MRI", "the largest abdominal organ", "Despite ultrasound" name no
    kind; "the mouse brain", "pancreas MRI" and "pelvis CT" do (a noun before a noun is singular)."""
    e = run(
        vocabulary,
        "Image analysis",
        "Our method integrates CT with the patients MRI. The liver is the largest abdominal organ. Despite ultrasound being cheap, "
        "we image the mouse brain and read pancreas MRI and pelvis CT.",
    )
    assert {surface for _, surface in e.aliases if " " in surface} == {"mouse brain", "pancreas MRI", "pelvis CT"}


def test_a_capitalised_alias_noun_is_kept_with_the_name(vocabulary):
    """"the 2019 SIIM-ACR Pneumothorax Segmentation Challenge": the noun in title case is the name's too."""
    e = run(vocabulary, "Pneumothorax segmentation", "We use the chest X-ray dataset provided by the 2019 SIIM-ACR Pneumothorax Segmentation Challenge.")
    assert ("Dataset/siim-acr-pneumothorax", "SIIM-ACR Pneumothorax Segmentation Challenge") in set(e.aliases)


def test_a_dataset_named_with_the_task_it_was_made_for_keeps_the_phrase_as_an_alias(vocabulary):
    """"the NIH pancreas segmentation dataset", "the BraTS 2021 segmentation challenge": readers name a
    dataset by what it shows and the task, with the noun; a list keeps each name to itself."""
    e = run(
        vocabulary,
        "Pancreas segmentation",
        "Experiments in the NIH pancreas segmentation dataset and the BraTS 2021 segmentation challenge show it. "
        "We also use LIDC-IDRI and LUNA16 detection data.",
    )
    assert {("Dataset/pancreas-ct", "NIH pancreas segmentation dataset"), ("Dataset/brats-2021", "BraTS 2021 segmentation challenge")} <= set(e.aliases)
    assert not any(surface.startswith("LIDC-IDRI and") for _, surface in e.aliases)


def test_a_capitalised_word_paired_with_a_name_before_a_dataset_noun_is_a_dataset(vocabulary):
    """"on the HuSHem and Chenwy datasets": the noun after the pair names both, the plain capitalised
    word as well as the name-shaped one."""
    e = run(vocabulary, "Sperm head classification", "Our model achieves a test accuracy of 97.5% on the QuuSHem and Zorgwy datasets, outperforming existing methods.")
    assert keys(e, "Dataset") == {"Dataset/name:quushem", "Dataset/name:zorgwy"}


def test_a_year_after_a_datasets_name_and_head_noun_dates_the_name(vocabulary):
    e = run(
        vocabulary,
        "QuuxData Challenge 2022: Automatic Segmentation of Lesions",
        "Our method is validated on the training set of the QuuxData 2022 Challenge. We also use the ZorgScan benchmark 2021.",
    )
    assert {"Dataset/name:quuxdata2022", "Dataset/name:zorgscan2021"} <= keys(e, "Dataset")
    assert "Dataset/name:quuxdata" not in keys(e, "Dataset")
    assert "QuuxData 2022" in {m.text for m in e.mentions}
    # the paper's own wording stays an alias of the dated name
    assert ("Dataset/name:quuxdata2022", "QuuxData Challenge 2022") in set(e.aliases)


def test_one_capitalised_word_between_the_and_a_model_noun_names_the_model(vocabulary):
    e = run(
        vocabulary,
        "Gastrointestinal VQA",
        "We adopt the Quillon model—a large-scale multimodal foundation model—as the backbone. "
        "The Bayesian network and the Proposed method are no names.",
    )
    assert keys(e, "Model") == {"Model/name:quillon"}


def test_a_title_opening_with_a_word_joined_to_a_familys_acronym_names_the_papers_model(vocabulary):
    e = run(vocabulary, "Pulmo-GPT: An Expert Chatbot for Spirometry", "This paper introduces Pulmo-GPT, an expert system.")
    assert "Model/name:pulmogpt" in keys(e, "Model")
    assert ("paper", "Model/name:pulmogpt") in links(e, "introduces")


def test_a_typed_model_with_a_version_after_a_hyphen_is_a_variant_of_it(vocabulary):
    e = run(
        vocabulary,
        "Retinal vessel segmentation",
        "We optimize the image projection network (IPN) to IPN-V2. IPN-V2 improves over IPN.",
    )
    assert {"Model/name:ipn", "Model/name:ipnv2"} <= keys(e, "Model")


def test_a_name_given_to_a_task_or_followed_by_a_task_noun_is_no_model_or_dataset(vocabulary):
    e = run(
        vocabulary,
        "Retinal vessel segmentation",
        "We propose a multi-object segmentation task called QVXF, which joins artery and vein segmentation. "
        "Our network achieves an improvement on the QVXF task.",
    )
    assert not keys(e, "Model") and not keys(e, "Dataset")


def test_a_new_name_given_to_a_combination_of_known_models_is_what_the_paper_introduces(vocabulary):
    e = run(
        vocabulary,
        "Kidney tumour segmentation",
        "This work proposes a novel combination of 3D U-Nets, collectively denoted QuuNet, for kidney masks. "
        "The training set is denoted as D.",
    )
    assert {l[1] for l in links(e, "introduces")} == {"Model/name:quunet"}
    e = run(vocabulary, "Ultrasound segmentation", "We introduce QuuxSam, an adaptation of the Segment Anything Model (SAM).")
    assert {l[1] for l in links(e, "introduces")} == {"Model/name:quuxsam"}


def test_well_known_clinical_skin_datasets_are_known(vocabulary):
    e = run(
        vocabulary,
        "Psoriasis classification",
        "The models are trained and tested on the publicly available benchmark dataset by Dermnet, and on SD-198.",
    )
    assert {"Dataset/dermnet", "Dataset/sd-198"} <= keys(e, "Dataset")


def test_the_breast_carcinoma_subtyping_dataset_is_known(vocabulary):
    e = run(vocabulary, "Stain-invariant learning", "We reach the best accuracy from tumor classification (CAMELYON17) to subtyping (BRACS).")
    assert {"Dataset/camelyon17", "Dataset/bracs"} <= keys(e, "Dataset")


def test_the_tasks_of_the_medical_segmentation_decathlon_are_datasets_of_their_own(vocabulary):
    """"the MSD pancreas dataset", "MSD-Spleen": one task's data, a part of the whole benchmark, which
    the paper then names no more than a family is beside its member."""
    e = run(vocabulary, "Pancreas segmentation", "It performs best on the MSD pancreas dataset, on MSD-Spleen and on the Medical Segmentation Decathlon.")
    assert keys(e, "Dataset") == {"Dataset/msd-pancreas", "Dataset/msd-spleen"}
    assert "Dataset/msd" in vocabulary.ancestors("Dataset/msd-pancreas")
    e = run(vocabulary, "Pancreas segmentation", "It performs best on the Medical Segmentation Decathlon.")
    assert keys(e, "Dataset") == {"Dataset/msd"}


def test_well_known_lesion_cytology_gland_retina_and_thyroid_datasets_are_known(vocabulary):
    e = run(
        vocabulary,
        "Benchmarks",
        "We train on MSSEG-2016, MSLUB and the MICCAI WMH Segmentation Challenge, and on REST-meta-MDD. Breast MRI "
        "come from I-SPY 1 and I-SPY 2, cells from the CRIC database, glands from CRAG, retinal OCT from RETOUCH and "
        "thyroid ultrasound from DDTI, skin lesions from the Dermofit Image Library, retinal vessels from DR HAGIS, "
        "lung CT from NSCLC-Radiomics and NSCLC Radiogenomics.",
    )
    dated = run(vocabulary, "WMH segmentation", "We use the training data of the MICCAI WMH Segmentation Challenge 2017.")
    assert "MICCAI WMH Segmentation Challenge 2017" in {m.text for m in dated.mentions if m.key == "Dataset/wmh-challenge"}
    assert {
        "Dataset/msseg-2016", "Dataset/mslub", "Dataset/wmh-challenge", "Dataset/rest-meta-mdd", "Dataset/i-spy-1",
        "Dataset/i-spy-2", "Dataset/cric", "Dataset/crag", "Dataset/retouch", "Dataset/ddti", "Dataset/dermofit", "Dataset/dr-hagis",
        "Dataset/nsclc-radiomics", "Dataset/nsclc-radiogenomics",
    } <= keys(e, "Dataset")


def test_pet_tracers_are_no_datasets(vocabulary):
    e = run(vocabulary, "PET grounding", "Performance was high on FDG and DCFPyL exams but dropped on DOTATATE (F1=0.58) and Fluciclovine (F1=0.66).")
    assert not keys(e, "Dataset") and not keys(e, "Model")
    tau = run(vocabulary, "Tau PET", "18F-MK6240 (n = 320) and AV-1451 (n = 446) PET images were pooled from multiple studies.")
    assert not keys(tau, "Dataset") and not keys(tau, "Model")


def test_the_low_dose_ct_grand_challenge_is_one_known_dataset(vocabulary):
    e = run(
        vocabulary,
        "Low-dose CT denoising",
        "Our model is evaluated on the AAPM-Mayo clinic LDCT Grand Challenge dataset, as in the Low-Dose CT Grand Challenge.",
    )
    assert keys(e, "Dataset") == {"Dataset/aapm-ldct"}


def test_well_known_tb_cataract_video_and_mri_reconstruction_names_are_known(vocabulary):
    e = run(
        vocabulary,
        "Weakly supervised segmentation",
        "We test on the Shenzhen TB and Montgomery TB CXR datasets and on CaDIS, and compare VideoMAE "
        "with End-to-End Variational Networks.",
    )
    assert {"Dataset/shenzhen", "Dataset/montgomery", "Dataset/cadis"} <= keys(e, "Dataset")
    assert {"Model/videomae", "Model/e2e-varnet"} <= keys(e, "Model")


def test_a_long_name_in_lower_case_after_an_indefinite_article_is_no_named_model(vocabulary):
    """'a 3D fully convolutional network' is a network of that kind the authors build; 'the original
    feature pyramid network' and 'a vision transformer (ViT)' name the model."""
    e = run(vocabulary, "Nodule detection", "We establish a 3D fully convolutional network and design a hybrid-loss residual network for nodules.")
    assert not keys(e, "Model")
    e = run(vocabulary, "Detection", "Our method is superior to the original feature pyramid network on polyps.")
    assert keys(e, "Model") == {"Model/fpn"}
    e = run(vocabulary, "Classification", "We fine-tune a vision transformer (ViT) on chest X-rays.")
    assert "Model/vit" in keys(e, "Model")


def test_an_algorithms_common_name_names_it_after_an_article_and_in_the_plural(vocabulary):
    """'a random forest classifier', 'support vector machines': an algorithm's name is a common noun
    (ontology common names), where 'a fully convolutional network' names a kind of network."""
    e = run(
        vocabulary,
        "Radiomics of lung nodules",
        "A random forest classifier was trained on the radiomic features. We compared support vector machines, "
        "LASSO and a fully convolutional network.",
    )
    assert keys(e, "Model") == {"Model/random-forest", "Model/svm", "Model/lasso"}


def test_a_list_with_a_known_name_types_every_new_name_of_it(vocabulary):
    """'datasets Synapse, BRaTs, and ACDC': ACDC is known; BRaTs, next to it, is a dataset, and so
    is Synapse, next to BRaTs."""
    e = run(vocabulary, "Segmentation", "We benchmark SegFormer3D on three widely used datasets Synapse, BRaTs, and ACDC.")
    found = {m.text for m in e.mentions if m.type == "Dataset"}
    assert {"Synapse", "BRaTs", "ACDC"} <= found


def test_a_head_noun_after_an_adjective_and_organ_words_types_the_name(vocabulary):
    e = run(vocabulary, "Wrist fractures", "YOLOv8x recorded the highest mAP on the GRAZPEDWRI-DX pediatric wrist dataset.")
    assert {m.text for m in e.mentions if m.type == "Dataset"} == {"GRAZPEDWRI-DX"}


def test_a_plural_glued_to_a_bracketed_abbreviation_is_no_name(vocabulary):
    e = run(vocabulary, "Pre-training for 3D images", "Vision Transformers (ViT)s have shown great performance, as have R(2+1)D networks.")
    assert keys(e, "Model") == {"Model/vit", "Model/name:r2+1d"}


def test_automated_machine_learning_is_a_family_of_methods_not_a_model(vocabulary):
    e = run(vocabulary, "A benchmark of small images", "We benchmark ResNet-18 and open-source AutoML tools, NAS methods and kNN classifiers.")
    assert keys(e, "Model") == {"Model/resnet-18"}


def test_a_version_of_a_known_model_before_a_dataset_noun_is_still_a_model(vocabulary):
    e = run(
        vocabulary,
        "Wrist fracture detection",
        "Our trained model achieved an mAP of 51.9% surpassing the current YOLOv19 benchmark of 43.3% on GRAZPEDWRI-DX. "
        "We also report results on the MedMNIST-C benchmark.",
    )
    assert "Model/name:yolov19" in keys(e, "Model")
    assert "Dataset/name:yolov19" not in keys(e, "Dataset")
    assert "MedMNIST-C" in {m.text for m in e.mentions if m.type == "Dataset"}


def test_a_title_that_says_nothing_of_what_its_known_name_is_leaves_it_its_type(vocabulary):
    e = run(
        vocabulary,
        "DeepLesion: automated mining of large-scale lesion annotations and universal lesion detection with deep learning",
        "We mine bookmarks in our institute to develop a large collection of lesions in CT slices.",
    )
    assert keys(e, "Dataset") == {"Dataset/deeplesion"} and not keys(e, "Model")
    assert "Dataset/deeplesion" in {l.object for l in e.links if l.relation == "introduces"}


def test_capitalised_words_after_an_indefinite_article_describe_and_do_not_name(vocabulary):
    e = run(
        vocabulary,
        "A dose prediction challenge",
        "We hosted QuuxKBP, a 2020 AAPM Grand Challenge, with 340 patients. We also used the Glim Scan Challenge data.",
    )
    names = {m.text for m in e.mentions if m.type == "Dataset"}
    assert "QuuxKBP" in names and "Glim Scan Challenge" in names
    assert not any("AAPM" in name for name in names)


def test_a_name_after_named_as_is_named(vocabulary):
    e = run(
        vocabulary,
        "A foundation model for cine cardiac MRI",
        "A multi-view convolution-transformer masked autoencoder, named as QuuxMA, was trained on 15 million images.",
    )
    assert "Model/name:quuxma" in keys(e, "Model")


def test_a_year_between_the_article_and_a_challenges_name_is_part_of_it(vocabulary):
    e = run(vocabulary, "Brain age", "Our network also won the 2019 Quux Analysis Challenge for brain age prediction.")
    assert "2019 Quux Analysis Challenge" in {m.text for m in e.mentions if m.type == "Dataset"}


def test_a_naming_word_inside_the_brackets_is_no_part_of_the_short_form(vocabulary):
    e = run(
        vocabulary,
        "Rethinking skip connections",
        "The module consists of a sub-module of Channel Cross fusion with Transformer (named CCT) and a sub-module "
        "Channel-wise Cross-Attention (named CCA) to guide the fused information.",
    )
    assert {m.text for m in e.mentions if m.type == "Model"} == {"CCT", "CCA"}
    assert ("Model/name:cct", "Channel Cross fusion with Transformer") in e.aliases


def test_a_known_dataset_before_a_model_noun_says_what_the_models_learnt_from(vocabulary):
    e = run(
        vocabulary,
        "Transfer learning for chest radiographs",
        "This paradigm assumes that better ImageNet architectures perform better on chest X-ray tasks.",
    )
    assert "Dataset/imagenet" in keys(e, "Dataset") and not keys(e, "Model")


def test_releases_of_a_known_dataset_are_datasets_of_their_own(vocabulary):
    e = run(
        vocabulary,
        "Chest X-ray and fetal MRI",
        "We evaluate on COVIDx, COVIDx CXR-2 and COVIDx CXR-3, and on the MICCAI Challenge 2021 FeTA.",
    )
    assert keys(e, "Dataset") == {"Dataset/covidx", "Dataset/covidx-cxr-2", "Dataset/covidx-cxr-3", "Dataset/feta"}


@pytest.mark.parametrize(
    "abstract",
    [
        "In healthcare, precision is paramount.Current large multimodal models like Gemini fall short.",
        "We screen osteoporosis based on opportunistic CT.Methods The quantitative computed tomography was used as the standard.",
    ],
)
def test_two_sentences_glued_by_a_lost_space_are_no_name(vocabulary, abstract):
    e = run(vocabulary, "Medical VLMs", abstract)
    assert not any("." in m.text for m in e.mentions)


@pytest.mark.parametrize(
    ("title", "abstract", "key"),
    [
        (  # a head noun far after the colon is a guess: the abstract's apposition says what the name is
            "QuuxConfusion: Can you trust your AI radiologist? Probing the reliability of foundation models",
            "We introduce QuuxConfusion, a challenging visual question answering benchmark dataset. All models fail on QuuxConfusion.",
            "Dataset/name:quuxconfusion",
        ),
        (  # a title with no head noun defaults to a model, which the abstract's head noun overrules
            "glimMRI+: Clinical pathology annotations for knee and brain MRI",
            "This work introduces glimMRI+, which consists of 16,000 expert boxes. The glimMRI+ dataset is open access.",
            "Dataset/name:glimmri+",
        ),
        (  # but a weaker context does not: the default stands
            "GlimRep: Automated radiology report generation for 3D imaging",
            "We augment GlimRep with a cross-attention fusion module and a hierarchical memory.",
            "Model/name:glimrep",
        ),
    ],
)
def test_a_title_that_does_not_say_what_its_name_is_yields_to_the_abstract(vocabulary, title, abstract, key):
    e = run(vocabulary, title, abstract)
    name = title.split(":")[0]
    assert {m.key for m in e.mentions if m.text == name} == {key}


def test_clinical_terminologies_and_tissue_preparations_are_no_names(vocabulary):
    e = run(
        vocabulary,
        "A chest radiograph dataset with labelled reports",
        "Findings were mapped onto the Unified Medical Language System (UMLS) and SNOMED CT. "
        "There are two protocols, namely formalin-fixed paraffin-embedded samples (FFPE) and frozen samples. "
        "We compare UMLS labels across FFPE slides.",
    )
    assert not keys(e, "Model") and not keys(e, "Dataset")


def test_reporting_guidelines_and_risk_of_bias_tools_are_no_names(vocabulary):
    """'assessed using a modified QUADAS-2 tool': a review's appraisal tool, not a model, though
    "tool" is a model's head noun."""
    e = run(
        vocabulary,
        "Artificial intelligence for paediatric fracture assessment: a systematic review",
        "Risk of bias was assessed using a modified QUADAS-2 tool and reporting quality with the TRIPOD-AI checklist.",
    )
    assert not keys(e, "Model") and not keys(e, "Dataset")


def test_a_name_given_to_a_known_model_without_its_head_noun_is_that_model(vocabulary):
    """'a state of the art CNN architecture from Google, called Inception' is the Inception network
    the vocabulary knows, one node with the paper's later 'Inception network'."""
    e = run(
        vocabulary,
        "TBI contusion segmentation from MRI",
        "Our CNN was based on a state of the art CNN architecture from Google, called Inception. Using a 3-layer Inception network, lesions are segmented.",
    )
    assert keys(e, "Model") == {"Model/inception"}


def test_a_finding_abbreviation_before_a_dataset_noun_names_no_dataset(vocabulary):
    e = run(
        vocabulary,
        "Recognition of ischaemia in diabetic foot ulcers",
        "Recognition of Diabetic Foot Ulcers (DFU) is an emerging area. This is the first DFU dataset with ischaemia labels. "
        "YOLOv5 was evaluated on DFUC2020.",
    )
    assert keys(e, "Dataset") == {"Dataset/dfuc2020"}
    assert ("Model/yolov5", "Dataset/dfuc2020") in links(e, "evaluatedOn")


def test_perfusion_terms_are_no_models(vocabulary):
    e = run(
        vocabulary,
        "Cerebral blood flow from multi-delay arterial spin labelling",
        "The approach could eliminate the need to measure AIF manually. Networks trained on one-PLD and two-PLD data estimate CBF.",
    )
    assert not keys(e, "Model")


def test_vision_mamba_and_vmamba_are_two_models(vocabulary):
    """Vision Mamba (Vim, Zhu et al.) and VMamba (Liu et al.) are different backbones, both on Mamba."""
    e = run(vocabulary, "Mamba backbones for medical images", "We compare Vision Mamba (Vim) with VMamba and a U-Net on polyp segmentation.")
    assert {"Model/vim", "Model/vmamba"} <= keys(e, "Model")
    assert "Model/mamba" in vocabulary.concepts["Model/vim"].based_on


def test_a_version_written_apart_from_its_name_is_that_version_and_alone_names_nothing(vocabulary):
    e = run(
        vocabulary,
        "Benchmarking backbones on a fundus dataset",
        "We fine-tune ConvNeXt V2, Dino V2, Swin V2 and YOLO v8, and PVT-v2 as a baseline.",
    )
    assert keys(e, "Model") == {"Model/convnext-v2", "Model/dinov2", "Model/swin-v2", "Model/yolov8", "Model/pvt-v2"}


def test_an_evaluation_suite_is_a_benchmark_not_a_software_suite(vocabulary):
    e = run(
        vocabulary,
        "Dental vision-language models",
        "We present QuuxEval, a comprehensive evaluation suite covering five diagnostic dimensions. "
        "We also release GlimKit, a software suite for annotation.",
    )
    assert keys(e, "Dataset") == {"Dataset/name:quuxeval"}
    assert keys(e, "Model") == {"Model/name:glimkit"}


def test_a_short_form_followed_by_a_count_in_its_brackets_is_defined(vocabulary):
    e = run(
        vocabulary,
        "Glioma molecular status from MRI",
        "Scans were collected from the Elm Glioma Database (EGD; n = 774) and the Glim Atlas Project (Glim AP; n = 41). "
        "We test on EGD.",
    )
    assert keys(e, "Dataset") == {"Dataset/name:egd", "Dataset/name:glimap"}
    assert keys(e, "Modality") == {"Modality/mri"}  # EGD is the paper's database here, not an oesophagogastroduodenoscopy
    assert ("Dataset/name:egd", "Elm Glioma Database") in e.aliases


@pytest.mark.parametrize(
    ("title", "abstract"),
    [
        (
            "MRI-based classification of IDH mutation and 1p/19q codeletion status",
            "IDH mutation, MGMT methylation and HER2 status are prognostic markers. For IDH, the best model achieved an AUROC of 0.92. "
            "We also predict MSI from H&E slides.",
        ),
        # immunohistochemistry markers listed after a model, and the platform its code runs on
        (
            "Deep learning for immunohistochemical image quantification",
            "Our model trained on IHC Ki67 data generalizes to other markers such as CD3, CD8, BCL2, BCL6, MYC, MUM1, CD10, and TP53. "
            "A Google CoLab project is available.",
        ),
    ],
)
def test_genes_and_markers_a_model_predicts_or_stains_are_no_names(vocabulary, title, abstract):
    e = run(vocabulary, title, abstract)
    assert not keys(e, "Model") and not keys(e, "Dataset")


def test_a_known_short_form_the_paper_defines_as_another_kind_of_thing_is_its_own_name(vocabulary):
    e = run(
        vocabulary,
        "Pancreatic cancer detection via non-contrast CT",
        "We develop a deep learning approach, pancreatic cancer detection with artificial intelligence (PANDA), "
        "that detects lesions. PANDA is trained on 3,208 patients. PANDA outperforms radiologists.",
    )
    assert keys(e, "Model") == {"Model/name:panda"}
    assert not keys(e, "Dataset")  # not the PANDA prostate grading challenge the vocabulary knows

    # a long form the vocabulary does not list, but a context of the known kind: the known name
    e = run(vocabulary, "Gleason grading", "We train on the Prostate cANcer graDe Assessment (PANDA) challenge data and on the prostate grading dataset (PANDA).")
    assert keys(e, "Dataset") == {"Dataset/panda"} and not keys(e, "Model")


def test_a_capitalised_word_numbered_with_a_hyphen_before_a_dataset_noun_is_a_dataset(vocabulary):
    e = run(vocabulary, "Pulmonary embolism detection", "The network is pretrained on the Kinetics-600 dataset and fine-tuned on our data.")
    assert {m.text for m in e.mentions if m.type == "Dataset"} == {"Kinetics-600"}


def test_names_coordinated_across_a_bracketed_count_are_one_group(vocabulary):
    e = run(
        vocabulary,
        "ECG age as a mortality predictor",
        "Similar results are obtained in the external cohorts QUUX-Brasil (n = 14,236) and GliMa-Trop (n = 1,631).",
    )
    assert keys(e, "Dataset") == {"Dataset/name:quuxbrasil", "Dataset/name:glimatrop"}


def test_capitals_hyphened_to_net_name_a_network_even_where_they_abbreviate_something_else(vocabulary):
    e = run(vocabulary, "DE-Net: Dual Encoder Network for 2D Medical Image Segmentation", "DE-Net mainly contains three major components.")
    assert keys(e, "Model") == {"Model/name:denet"}
    e = run(vocabulary, "Hybrid networks", "We combine a CNN-LSTM with a Transformer-ConvNet.")
    assert not keys(e, "Model")


def test_a_number_labelling_a_list_item_after_a_name_is_no_version_of_it(vocabulary):
    e = run(
        vocabulary,
        "Thorax disease classification",
        "We propose an attention guided network (QG-CNN). QG-CNN 1) learns from disease regions, 2) adds a global branch. "
        "Its backbone (QuuxNet 50) is pretrained.",
    )
    assert {m.text for m in e.mentions if m.type == "Model"} == {"QG-CNN", "QuuxNet 50"}


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Recurrent Saliency Quux Network: Incorporating Multi-Stage Cues for Small Organ Segmentation", {"Model/name:recurrentsaliencyquuxnetwork"}),
        ("COVID-19 Glim Data Collection: Prospective Predictions are the Future", {"Dataset/name:covid19glimdatacollection"}),
        ("Deep Convolutional Networks: Learning Long-Range Context in Medical Images", set()),  # a plural names a kind
        ("A Large Benchmark: Evaluating Segmentation Models", set()),  # an article describes
        ("Decoding Tumour Phenotypes: A Radiologist-Inspired Deep Learning Framework", set()),  # a gerund says what the paper does
        ("Mitigating Quux Noise Network: Learning to Denoise", set()),
    ],
)
def test_a_title_opening_with_capitalised_words_ending_in_a_head_noun_names_the_papers_work(vocabulary, title, expected):
    e = run(vocabulary, title, "We present the method and evaluate it on abdominal CT.")
    assert keys(e, "Model") | keys(e, "Dataset") == expected


def test_a_gerund_opening_the_title_names_the_work_where_the_abstract_writes_it_again(vocabulary):
    title = "Sculpting Quux: A Fracture Grade-Based Metric Loss for Vertebrae"
    assert keys(run(vocabulary, title, "We propose Sculpting Quux, a loss that ranks fracture grades."), "Model") == {"Model/name:sculptingquux"}
    assert not keys(run(vocabulary, title, "We propose a loss that ranks fracture grades."), "Model")


def test_a_dimension_before_a_relative_clause_is_the_names_last_word(vocabulary):
    e = run(
        vocabulary,
        "Volumetric segmentation",
        "We also propose QuuxNet 3D which is a convolutional architecture for volumes. A fully ConvNeXt 3D Encoder-Decoder Network is used.",
    )
    assert {m.text for m in e.mentions if m.type == "Model"} == {"QuuxNet 3D", "ConvNeXt"}


def test_a_size_letter_hyphened_to_the_papers_model_is_a_variant_of_it(vocabulary):
    e = run(
        vocabulary,
        "Quuxou: A Family of Foundational Vision Transformers for Pathology",
        "We pretrain two model variants, Quuxou-B and Quuxou-L, on whole slide images. Quuxou-L achieves the highest accuracy.",
    )
    assert {"Model/name:quuxou", "Model/name:quuxoub", "Model/name:quuxoul"} <= keys(e, "Model")


def test_capitalised_parts_hyphened_to_the_papers_model_in_a_sentence_of_variants_name_them(vocabulary):
    """'two variants: SurgRec-MAE and SurgRec-JEPA': the sentence says the capitalised parts name
    variants of the paper's model; without that word a capitalised part may name something else."""
    e = run(
        vocabulary,
        "Scaling video pretraining for surgical foundation models",
        "We propose QuuxRec, a pretraining recipe for surgical video, instantiated with two variants: QuuxRec-MAE and QuuxRec-JEPA. QuuxRec is best.",
    )
    assert {"Model/name:quuxrecmae", "Model/name:quuxrecjepa"} <= keys(e, "Model")


def test_a_name_with_a_kind_of_it_alone_in_brackets_after_it_is_that_ones_long_form(vocabulary):
    """'Residual Networks (ResNet-34)' names one model, not the family beside it; 'the Quux Tumor
    Segmentation Challenge (QTSC)' one dataset. A known model before a new name in brackets is what
    the new one is built on ('a cascaded 3D U-Net (C3D)'), and stays."""
    e = run(
        vocabulary,
        "Pneumothorax segmentation",
        "The system is built on U-Net with Residual Networks (ResNet-34) backbone. We use the Quux Tumor Segmentation Challenge (QTSC) dataset.",
    )
    assert "Model/resnet" not in keys(e, "Model")
    assert {m.text for m in e.mentions if m.key == "Model/resnet-34"} == {"Residual Networks", "ResNet-34"}
    assert len(keys(e, "Dataset")) == 1
    built_on = run(vocabulary, "Dose prediction", "A cascaded 3D U-Net (CasQuuxNet) was trained to predict dose. CasQuuxNet was fast.")
    assert {"Model/u-net-3d", "Model/name:casquuxnet"} <= keys(built_on, "Model")


def test_namely_after_what_the_authors_introduce_gives_its_name_but_lists_known_things_elsewhere(vocabulary):
    e = run(
        vocabulary,
        "X-ray novel view synthesis",
        "In this paper, we propose a 3D Gaussian splatting-based method, namely X-Quux, for X-ray novel view synthesis.",
    )
    assert open_names(e) == {"xquux"}
    assert (PAPER, "Model/name:xquux") in links(e, "introduces")
    listed = run(vocabulary, "Fusion", "We use two modalities, namely CT and MRI, and compare them.")
    assert open_names(listed) == set()


def test_state_space_models_are_a_family_not_a_name(vocabulary):
    e = run(vocabulary, "Volumetric segmentation", "Mamba, as a State Space Model (SSM), models long sequences. SSMs are fast.")
    assert keys(e, "Model") == {"Model/mamba"}


def test_full_width_punctuation_separates_words_as_its_ascii_form_does(vocabulary):
    e = run(
        vocabulary,
        "Prognostic biomarkers in colorectal cancer",
        "Background：Whole-slide images carry prognostic information. Methods：In this study, we used the PLCO dataset，and the TCGA cohort.",
    )
    assert {m.text for m in e.mentions if m.type == "Dataset"} == {"PLCO", "TCGA"}


def test_disease_abbreviations_are_no_names(vocabulary):
    e = run(
        vocabulary,
        "Prognosis of colorectal cancer from whole-slide images",
        "We used 640 colorectal cancer (CRC) patients. Analysis of TCGA CRC data and of COPD and ccRCC cohorts followed.",
    )
    assert keys(e, "Dataset") == {"Dataset/tcga"} and not keys(e, "Model")


@pytest.mark.parametrize(
    ("type_name", "abstract", "expected"),
    [
        # clinical cohorts and trials
        ("Dataset", "We trained on radiographs of the PLCO trial and validated on NELSON, the Danish Lung Cancer Screening "
         "Trial, AIBL and the Age-Related Eye Disease Study.",
         {"Dataset/plco", "Dataset/nelson", "Dataset/dlcst", "Dataset/aibl", "Dataset/areds"}),
        ("Dataset", "We validate on a cohort from The National Alzheimer's Coordinating Center (NACC), on MIRIAD and "
         "ADHD-200, and on the SCOT-HEART trial.",
         {"Dataset/nacc", "Dataset/miriad", "Dataset/adhd-200", "Dataset/scot-heart"}),
        # clinical AI products and risk models
        ("Model", "We externally evaluate a mammography-based deep learning model (Mirai) against the Tyrer-Cuzick model "
         "and Transpara. Viz LVO screened CT angiograms, and qXR read chest radiographs.",
         {"Model/mirai", "Model/tyrer-cuzick", "Model/transpara", "Model/viz-lvo", "Model/qxr"}),
        # spelling variants of a known dataset
        ("Dataset", "We test on the public 3DIRCAD dataset and on 3D-IRCAD volumes.", {"Dataset/ircadb"}),
        # architectures, learners and tools
        ("Model", "We compare SqueezeNet, ShuffleNet and RegNet, register with Demons, reconstruct with VarNet, "
         "decode EEG with EEG Conformer and pool slides with DSMIL.",
         {"Model/squeezenet", "Model/shufflenet", "Model/regnet", "Model/demons", "Model/varnet", "Model/eeg-conformer",
          "Model/dsmil"}),
        ("Model", "Features selected by Boruta fed CatBoost, built with scikit-learn.", {"Model/boruta", "Model/catboost", "Model/scikit-learn"}),
    ],
)
def test_well_known_names_the_vocabulary_lists_are_known(vocabulary, type_name, abstract, expected):
    assert keys(run(vocabulary, "Clinical validation", abstract), type_name) == expected


def test_square_brackets_define_a_short_form_and_no_name_runs_into_a_bracket(vocabulary):
    e = run(
        vocabulary,
        "ECG risk estimation",
        "The model was developed in a secondary care dataset (Elm Israel Deaconess Medical Center [EIDMC]) of ECGs "
        "and validated in the UK (UK Biobank [UKB]). EIDMC C-index 0.77; UKB C-index 0.71.",
    )
    assert keys(e, "Dataset") == {"Dataset/name:eidmc", "Dataset/uk-biobank"}
    assert ("Dataset/name:eidmc", "Elm Israel Deaconess Medical Center") in e.aliases
    assert ("Dataset/uk-biobank", "UKB") in e.aliases
    assert {m.key for m in e.mentions if m.text == "UKB"} == {"Dataset/uk-biobank"}


@pytest.mark.parametrize(
    ("abstract", "expected"),
    [
        ("Introduction: Deep Ensemble for Recognition of Quuxignancy (DERQ) is an artificial intelligence as a medical "
         "device (AIaMD) tool for skin lesion assessment. Lesions were assessed by DERQ.", {"Model/name:derq"}),
        # a heading of several words ends where the sentence's own words begin
        ("Background and Aims: Deep Ensemble for Recognition of Quuxignancy (DERQ) is an artificial intelligence as a "
         "medical device (AIaMD) tool for skin lesion assessment. Lesions were assessed by DERQ.", {"Model/name:derq"}),
        # the noun phrase ends at a preposition, and a long form ending in a modality names the modality
        ("Ultra-wide optical coherence tomography angiography (UW-OCTA) is a safe imaging modality in DR diagnosis systems.", set()),
        # an organ's label abbreviates the organ, whatever is said of it
        ("The Circle of Willis (CoW) is an important network of arteries. We release a CoW dataset.", set()),
        # an imaging technique is a way of imaging, no model
        ("QSXI is an advanced imaging technique using multiple energy levels. We align CT images to QSXI data.", set()),
    ],
)
def test_a_sentence_opening_name_is_what_its_copula_says(vocabulary, abstract, expected):
    e = run(vocabulary, "Clinical deployment", abstract)
    assert keys(e, "Model") | keys(e, "Dataset") == expected


def test_a_name_before_and_other_registries_is_one_of_them_and_messaging_apps_are_no_models(vocabulary):
    e = run(
        vocabulary,
        "Myocardial infarction from ECGs",
        "Outcomes were registered in the QUUXHEART and other registries. Photos were shared via messaging services like WhatsApp.",
    )
    assert keys(e, "Dataset") == {"Dataset/name:quuxheart"} and not keys(e, "Model")


def test_a_number_in_brackets_after_a_name_is_a_result_not_a_version(vocabulary):
    e = run(
        vocabulary,
        "PET lesion segmentation",
        "The combined model gave the most balanced results (mean DSC, lung (52.9), oesophageal (40.7), AutoPET (60.9)). "
        "The public model reached 63.5 on AutoPET and 51.6 on the Quuxlesion cohort.",
    )
    assert {m.text for m in e.mentions if m.type == "Dataset"} == {"AutoPET", "Quuxlesion"}
    assert keys(e, "Dataset") == {"Dataset/autopet", "Dataset/name:quuxlesion"}


@pytest.mark.parametrize(
    ("abstract", "expected"),
    [
        ("Vertebral compression fractures (VCF) are common after 50 years. Quux Imaging developed a VCF detection "
         "algorithm. The VCF algorithm was not able to evaluate 113 scans.", set()),
        # an organ in the long form: a finding
        ("Coronary artery calcium (CAC) predicts myocardial infarction. We propose the attention dual network "
         "(ADNet) to perform CAC detection using non-contrast CT scans.", {"Model/name:adnet"}),
        # any phrase in lower case without a head noun
        ("Tool tracking in minimally invasive-surgery (MIS) has many uses. We evaluate on MIS videos.", set()),
        # what a head noun just before describes is the paper's dataset
        ("A new dataset of breast ultrasound scans (BrEaQ) is presented. The BrEaQ dataset holds 256 scans.", {"Dataset/name:breaq"}),
        # two letters for a part, and file and web terms
        ("Each assistant pairs a large language model (LLM) and a vision encoder (VE). A linear probe evaluates the VE. "
         "We release the data. Data is available at the following URL: https://example.org/ecg. Reports are typeset by "
         "an automated LaTeX generation pipeline.", set()),
        # a deep learning algorithm, system or model
        ("We validate a deep learning algorithm (DLA) for referable DR. The DLA was tested on 106,244 images, and a deep "
         "learning system (DLS) graded them again.", set()),
        # a preposition ends the phrase between a name and a head noun ("at baseline")
        ("An existing algorithm detects left ventricular systolic dysfunction (LVSD) from ECGs. In patients without "
         "LVSD at baseline, a high probability for LVSD was associated with an increased risk of developing LVSD.", set()),
    ],
)
def test_a_short_form_of_a_lower_case_phrase_or_part_names_no_model_or_dataset(vocabulary, abstract, expected):
    e = run(vocabulary, "Opportunistic CT screening", abstract)
    assert keys(e, "Model") | keys(e, "Dataset") == expected


def test_a_list_of_names_filling_a_bracket_before_a_head_noun_is_of_its_kind(vocabulary):
    e = run(
        vocabulary,
        "Coronary calcium from CT",
        "We evaluate 20,084 individuals from asymptomatic and acute chest pain (QUUXPAIN, ROMIQUUX-II) cohorts. "
        "DERQ is an artificial intelligence as a medical device (AIaMD) tool.",
    )
    assert keys(e, "Dataset") == {"Dataset/name:quuxpain", "Dataset/name:romiquuxii"}
    assert "Model/name:aiamd" not in keys(e, "Model")


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Whole Slide Quuxcepts: A Supervised Foundation Model For Pathological Images", {"Model/name:wholeslidequuxcept"}),
        ("Quux Tissue Atlas: A Benchmark Dataset for Pathology", {"Dataset/name:quuxtissueatla"}),
        # words the vocabulary reads name a task; no article, no apposition
        ("Lung Nodule Segmentation: A Deep Learning Approach", set()),
        ("Deep Learning: A Primer for Radiologists", set()),
    ],
)
def test_a_title_opening_apposed_to_a_model_or_dataset_noun_names_the_papers_work(vocabulary, title, expected):
    e = run(vocabulary, title, "We evaluate it on TCGA slides.")
    assert keys(e, "Model") | {k for k in keys(e, "Dataset") if "/name:" in k} == expected


def test_a_title_name_holding_a_word_of_the_field_names_the_papers_model_where_the_abstract_repeats_it(vocabulary):
    # "histology" is a modality label ("pathomics", in the Pathomic Fusion title this was written after, is no
    # task since ontology 0.3.9)
    title = "Histology Fusion: An Integrated Framework for Fusing Histopathology and Genomic Features"
    e = run(vocabulary, title, "We propose Histology Fusion, an interpretable strategy for multimodal fusion for survival outcome prediction.")
    assert keys(e, "Model") == {"Model/name:histologyfusion"}
    e = run(vocabulary, title, "We fuse histology and genomic features for survival outcome prediction.")
    assert keys(e, "Model") == set()


def test_a_title_opening_on_a_short_form_names_the_papers_model_however_the_long_form_is_spelled(vocabulary):
    e = run(
        vocabulary,
        "SimPLe: Similarity-Aware Propagation Learning for Weakly-Supervised Breast Cancer Segmentation",
        "Then the trained network fine-tunes itself by using a similarity-aware propagation learning (SimPLe) strategy, "
        "which leverages feature similarity between unlabeled and positive voxels to propagate labels.",
    )
    assert keys(e, "Model") == {"Model/name:simple"}


def test_learning_methods_listed_beside_known_ones_are_models_evaluated_on_the_data(vocabulary):
    e = run(
        vocabulary,
        "Risk-aware robust learning under label noise",
        "We evaluate the noise-robust methods Co-teaching, DivideMix, UNICON, and a GMM-based filter on binarized DermaMNIST and PathMNIST datasets. "
        "The student follows a Mean Teacher.",
    )
    assert {"Model/co-teaching", "Model/dividemix", "Model/name:unicon", "Model/mean-teacher"} <= keys(e, "Model")
    assert ("Model/dividemix", "Dataset/dermamnist") in links(e, "evaluatedOn")


def test_in_a_title_a_short_capitalised_word_before_another_is_no_tail_of_a_name(vocabulary):
    e = run(vocabulary, "Quux-XR: Radiology Report Generation using LLaMA and QLoRA Fine Tuning", "We fine-tune LLaMA with QLoRA.")
    assert not {k for k in keys(e, "Model") if "fine" in k}
    e = run(vocabulary, "Quux-XR: Radiology Report Generation using CheXquux Plus Dataset", "We use the CheXquux Plus dataset.")
    assert "Dataset/name:chexquuxplus" in keys(e, "Dataset")


def test_a_capitalised_word_coordinated_with_a_dataset_a_head_noun_names_is_a_dataset(vocabulary):
    e = run(
        vocabulary,
        "Organs-at-risk segmentation in head and neck scans",
        "We combined the Burdenko and GLIS-RT datasets from one archive to train our network.",
    )
    assert {"Dataset/name:burdenko", "Dataset/name:glisrt"} <= keys(e, "Dataset")


def test_the_short_form_of_a_challenges_title_names_the_challenge(vocabulary):
    e = run(
        vocabulary,
        "ICPR 2024 Competition on Multiple Sclerosis Lesion Segmentation - Methods and Results",
        "This report summarizes the outcomes of the ICPR 2024 Competition on Multiple Sclerosis Lesion Segmentation "
        "(MSLesSeg). MSLesSeg focuses on developing algorithms that segment lesions on MRI.",
    )
    assert keys(e, "Dataset") == {"Dataset/name:mslesseg"}  # the challenge, not the venue and year
    assert not keys(e, "Model")


def test_a_label_and_its_value_in_brackets_name_no_model(vocabulary):
    e = run(
        vocabulary,
        "Head and neck organ segmentation",
        "Our model maintained strong agreement with a commercial software (DS: 77.43%, HD: 3.27 mm) on external scans.",
    )
    assert not keys(e, "Model")


def test_names_as_many_as_a_count_after_a_preposition_are_the_ones_counted(vocabulary):
    e = run(
        vocabulary,
        "Quux: breast ultrasound reporting",
        "Automated report generation for breast ultrasound (BUS) is limited. "
        "We evaluate our model on two public BUS datasets, BrEaST and BUS-QUUX, which differ in size.",
    )
    assert {"Dataset/name:breast", "Dataset/name:busquux"} <= keys(e, "Dataset")
    # one name after three counted: the subject of the clause, as before
    e = run(vocabulary, "A study", "On three VQA datasets, Quux-Med achieves the best results.")
    assert not {k for k in keys(e, "Dataset") if "quux" in k}


@pytest.mark.parametrize(
    "abstract",
    [
        "We propose ZQTR, a framework that writes reports. Across both datasets, ZQTR consistently improves the metrics.",
        "We propose ZQTR, a framework that writes reports. Evaluated on seven public datasets, ZQTR attains Dice scores above 0.8.",
        "We propose ZQTR, a framework that writes reports. By fine-tuning a language model on the constructed R-Med 39K dataset, ZQTR provides reasoning paths.",
        "We propose ZQTR, a framework that writes reports. Through training on two public datasets, ZQTR attains Dice scores above 0.8.",
        # a bracketed aside inside the fronted phrase is still the phrase's
        "We propose ZQTR, a framework that writes reports. On 2 external (cross-center) datasets, ZQTR achieves higher performance than all baselines.",
        # and after a connective
        "We propose ZQTR, a framework that writes reports. Furthermore, in the phantom study, ZQTR demonstrated robust tracking.",
        # and after a structured abstract's heading
        "We propose ZQTR, a framework that writes reports. Results: In the validation dataset, ZQTR had the highest accuracy (0.91).",
        # and with an apposition to a dataset's name inside it
        "We propose ZQTR, a framework that writes reports. Trained on Quux-HQ, a curated subset of larger public datasets, ZQTR achieves the best scores.",
    ],
)
def test_a_name_after_a_fronted_phrase_on_datasets_is_a_subject_not_a_dataset(vocabulary, abstract):
    e = run(vocabulary, "Report writing", abstract)
    assert "Model/name:zqtr" in keys(e, "Model")
    assert "Dataset/name:zqtr" not in keys(e, "Dataset")


def test_a_known_models_edition_or_minor_version_is_a_model_of_its_own(vocabulary):
    e = run(
        vocabulary,
        "Thinking with many images",
        "The best closed-source models, Claude-4.6-Opus, Gemini-3-Pro, and GPT-5.2-xhigh, reach only 57.2%, "
        "while GPT-5-mini and GPT-5-nano reach 39.7% and 30.8%. We also test GPT-5.2 and SAM-huge.",
    )
    models = keys(e, "Model")
    assert {"Model/name:gpt52xhigh", "Model/name:gpt5mini", "Model/name:gpt5nano", "Model/name:gpt52", "Model/name:samhuge"} <= models
    assert "Model/gpt-5" not in models and "Model/sam" not in models  # no mention of the family inside an edition


def test_a_size_after_the_papers_model_names_a_variant_not_a_dataset(vocabulary):
    e = run(
        vocabulary,
        "Real-time polyp segmentation on CPUs",
        "We introduce the QuuxSeg family, a set of CPU-native segmentation models. QuuxSeg-108K (0.108M) is the smallest, "
        "while QuuxSeg-130K integrates cross-layer fusion.",
    )
    assert {"Model/name:quuxseg108k", "Model/name:quuxseg130k"} <= keys(e, "Model")
    assert not keys(e, "Dataset")


def test_a_modality_inside_a_models_name_is_no_modality_of_the_paper(vocabulary):
    e = run(
        vocabulary,
        "Report-conditioned CT generation",
        "We integrate three pretrained text encoders (CXR BERT, MedEmbed and ClinicalBERT) to condition a CT generator.",
    )
    assert keys(e, "Modality") == {"Modality/ct"}


def test_a_versioned_name_set_off_after_a_named_noun_is_that_nouns_name(vocabulary):
    e = run(vocabulary, "A study", "We fine-tuned a preliminary Llama model, QuuxLlama 1.0, on 5,000 samples.")
    assert "Model/name:quuxllama10" in keys(e, "Model")


def test_a_question_after_a_titles_colon_does_not_say_what_the_name_is(vocabulary):
    e = run(
        vocabulary,
        "QuuxVD-Bench: Do Vision-Language Models Reason Like Human Doctors in Medical Image Diagnosis?",
        "To address this gap, we propose QuuxVD-Bench, the first multimodal benchmark for clinical visual reasoning.",
    )
    assert keys(e, "Dataset") == {"Dataset/name:quuxvdbench"}
    assert not keys(e, "Model")


def test_a_model_noun_that_modifies_a_later_noun_after_the_colon_does_not_say_what_the_name_is(vocabulary):
    e = run(vocabulary, "QuuxGenBench: Generative Model and Preprocessing Effects for Synthetic Dermoscopic Augmentation", "We compare two generative models.")
    assert keys(e, "Dataset") == {"Dataset/name:quuxgenbench"}
    e = run(vocabulary, "QuuxGenBench: Generative Model for Synthetic Dermoscopic Augmentation", "We compare two generative models.")
    assert keys(e, "Model") == {"Model/name:quuxgenbench"}  # what the title says it is, whatever its form


def test_training_recipes_are_no_models(vocabulary):
    e = run(vocabulary, "Simple baselines for medical reasoning", "We compare SFT and RLVR recipes and find that RLVR with GRPO works best.")
    assert not {k for k in keys(e, "Model") if k in ("Model/name:sft", "Model/name:rlvr")}


def test_cellpose_versions_are_their_own_models_and_a_gui_is_no_model(vocabulary):
    e = run(
        vocabulary,
        "Cellpose 2.0: how to train your own model",
        "Here we introduce Cellpose 2.0, a new package of pretrained models. We provide software tools including an annotation GUI. Cellpose3 restores images.",
    )
    assert {"Model/cellpose-2", "Model/cellpose-3"} <= keys(e, "Model")
    assert not any("gui" in key for key in keys(e, "Model"))


def test_two_digit_isic_years_are_the_isic_challenges_and_list_a_plain_word_beside_them(vocabulary):
    e = run(vocabulary, "A Mamba segmentation network", "We conduct extensive experiments on Synapse, ISIC17 and ISIC18.")
    assert keys(e, "Dataset") == {"Dataset/btcv", "Dataset/isic-2017", "Dataset/isic-2018"}


def test_a_code_after_a_collection_names_its_project_but_not_people_or_an_image_kind(vocabulary):
    e = run(vocabulary, "Survival prediction from whole slide images", "Evaluated on TCGA LUAD, TCGA KIRC, and TCGA BRCA cohorts, our model improves the c-index.")
    assert {"Dataset/name:tcgaluad", "Dataset/name:tcgakirc", "Dataset/name:tcgabrca"} <= keys(e, "Dataset")
    # written with a hyphen it is the same project
    assert "Dataset/name:tcgaluad" in keys(run(vocabulary, "Survival prediction", "We evaluate our model on TCGA-LUAD."), "Dataset")
    e = run(vocabulary, "Dementia from MRI", "We include ADNI MCI subjects and TCGA CT scans.")
    assert keys(e, "Dataset") == {"Dataset/adni", "Dataset/tcga"}


def test_a_title_in_capitals_names_only_what_the_abstract_writes_in_capitals(vocabulary):
    e = run(
        vocabulary,
        "3D-LLDM: LABEL-GUIDED 3D GENERATIVE NETWORK FOR IMPROVING SYNTHETIC MR IMAGING",
        "We propose 3D-LLDM, a label-guided 3D latent diffusion model that generates MR volumes. "
        "Our approach uses hepatobiliary phase MR images enhanced with Gd-EOB-DTPA contrast agent and a ControlNet-based architecture.",
    )
    assert keys(e, "Model") == {"Model/name:3dlldm", "Model/controlnet"}
    assert "Modality/mri" in keys(e, "Modality")


def test_a_site_before_a_dataset_noun_hosts_the_dataset_named_after_it(vocabulary):
    e = run(vocabulary, "Brain tumour classification", "Our fusion model reaches 99% accuracy for image classification on the Kaggle dataset Br35H.")
    assert keys(e, "Dataset") == {"Dataset/name:br35h"}


@pytest.mark.parametrize(
    "sentence",
    [
        "Furthermore, we introduce an Adaptive Global Context Module (AGCM), which focuses on fine-grained features.",
        "Specifically, we propose an efficient multi-scale surgical temporal action (MS-STA) module, which integrates visual features.",
        "The map is sent to the Boundary Distribution Guided Decoder (BDGD) as complementary spatial information.",
    ],
)
def test_a_short_form_of_a_module_names_a_part_not_a_model(vocabulary, sentence):
    e = run(vocabulary, "STAR-Net: a network for surgical phase recognition", sentence + " Our STAR-Net outperforms prior methods.")
    assert keys(e, "Model") == {"Model/name:starnet"}


def test_a_short_form_of_an_encoder_is_still_a_model(vocabulary):
    e = run(vocabulary, "Pretraining for chest radiographs", "We introduce the Chest Radiograph Image Encoder (CRIE), trained on 1M images.")
    assert "Model/name:crie" in keys(e, "Model")


def test_low_rank_adaptation_is_a_way_of_fine_tuning_not_a_model(vocabulary):
    e = run(vocabulary, "LLaMA-XR: radiology report generation", "We fine-tune Llama 3.1 with LoRA and QLoRA (low-rank adaptation) on MIMIC-CXR.")
    assert keys(e, "Model") == {"Model/name:llamaxr", "Model/llama-3-1"}


def test_a_field_word_and_a_capitalised_head_of_two_words_are_one_name(vocabulary):
    e = run(vocabulary, "Foundation models for CT", "CT-FM was pre-trained using 148,000 CT scans from the Imaging Data Commons through contrastive learning.")
    assert keys(e, "Dataset") == {"Dataset/name:imagingdatacommon"}
    # a name-shaped word before a capitalised head stays the name on its own
    assert keys(run(vocabulary, "Action recognition", "We also train on the Kinetics Dataset."), "Dataset") == {"Dataset/name:kinetic"}


def test_a_title_in_capitals_still_names_its_tasks(vocabulary):
    e = run(vocabulary, "CLASSIFICATION AND DETECTION IN MAMMOGRAMS WITH WEAK SUPERVISION", "We train a network on screening mammograms from two hospitals.")
    assert {"Task/classification", "Task/detection"} <= keys(e, "Task")


def test_initials_of_a_task_or_a_setting_name_no_dataset_or_model(vocabulary):
    e = run(
        vocabulary,
        "Leveraging SAM for single-source domain generalization",
        "Domain Generalization (DG) reduces domain shifts. We evaluate our model on a classic DG dataset. "
        "We also propose an Incremental Learning (IL) approach with Knowledge Distillation (KD). "
        "While Multi-Task Learning (MTL) shares representations, our model outperforms state-of-the-art MTL methods.",
    )
    assert not keys(e, "Dataset")
    assert keys(e, "Model") == {"Model/sam"}


def test_medmnist_subsets_are_datasets_of_the_collection(vocabulary):
    e = run(vocabulary, "Continual learning", "We evaluate our model on PathMNIST, OrganAMNIST and NoduleMNIST3D.")
    assert keys(e, "Dataset") == {"Dataset/pathmnist", "Dataset/organamnist", "Dataset/nodulemnist3d"}
    assert ("Dataset/pathmnist", "Dataset/nct-crc-he-100k") in links(e, "derivedFrom")


def test_surgical_skill_rating_scales_are_no_models(vocabulary):
    e = run(vocabulary, "Surgical skill assessment", "Formal assessment procedures like OSATS and GEARS attempt to provide objective measures of skill, but remain time-consuming.")
    assert not keys(e, "Model")


def test_a_head_noun_before_an_action_noun_is_its_object(vocabulary):
    e = run(
        vocabulary,
        "FedWSIDD: Federated Whole Slide Image Classification via Dataset Distillation",
        "We propose FedWSIDD, a novel paradigm that leverages dataset distillation to learn synthetic slides. "
        "Experiments on CAMELYON16 and CAMELYON17 demonstrate that FedWSIDD improves classification.",
    )
    assert "Model/name:fedwsidd" in keys(e, "Model")
    assert not any(k.startswith("Dataset/name:") for k in keys(e, "Dataset"))
    # a head noun that is itself an action noun stays the head: "the NIH dataset collection"
    assert "Dataset/name:brainscape" in keys(run(vocabulary, "Brain MRI", "We release the BrainScape dataset collection of 1,000 scans."), "Dataset")


def test_a_name_coordinated_with_a_known_model_past_an_article_and_a_modifier(vocabulary):
    e = run(vocabulary, "3D-CT-GPT: generating 3D radiology reports", "Current methods include the partially open-source CT2Rep and the open-source M3D, which we compare against.")
    assert {"Model/ct2rep", "Model/name:m3d"} <= keys(e, "Model")
    # a word in lower case there is no name
    e = run(vocabulary, "Report generation", "We compare CT2Rep and the open-source baseline in one study.")
    assert keys(e, "Model") == {"Model/ct2rep"}


def test_public_breast_ultrasound_datasets_are_known_with_their_modality_word(vocabulary):
    e = run(vocabulary, "Breast ultrasound classification", "Using datasets such as BUSI, BUS-BRA, and BrEaST-Lesions USG, we evaluate ResNet-18.")
    assert keys(e, "Dataset") == {"Dataset/busi", "Dataset/bus-bra", "Dataset/breast-lesions-usg"}
    assert "AnatomicalStructure/breast" in keys(run(vocabulary, "Breast lesions", "We segment lesions in BREAST ultrasound."), "AnatomicalStructure")


def test_typographic_hyphens_are_hyphens_but_evidence_keeps_them(vocabulary):
    title = "A multi‐class COVID‐19 segmentation network"
    abstract = "We segment COVID‐19 lesions in CT with a U‐Net and a multi‐class QuuxSeg‐Net."
    e = run(vocabulary, title, abstract)
    assert keys(e, "Model") == {"Model/u-net", "Model/name:quuxsegnet"}
    assert not keys(e, "Dataset")
    text = f"{title}\n\n{abstract}"
    assert text[e.sentences[1].start : e.sentences[1].end] == abstract  # the evidence sentence, as the paper wrote it


@pytest.mark.parametrize("title, key", [
    ("RF-GANs: A Method to Synthesize Retinal Fundus Images", "Model/name:rfgan"),
    ("CPT-4DMR: Continuous Representation for 4D-MRI Reconstruction", "Model/name:cpt4dmr"),
])
def test_a_title_opening_on_hyphened_acronyms_names_the_papers_model(vocabulary, title, key):
    e = run(vocabulary, title, "We propose a method to synthesize images, evaluated on two datasets.")
    assert (PAPER, key) in links(e, "introduces")


def test_a_title_opening_on_a_generic_term_names_no_model(vocabulary):
    assert not keys(run(vocabulary, "COVID-19: A Review of Deep Learning on Chest CT", "We review deep learning for COVID-19 on CT."), "Model")


def test_rsna_challenges_spelled_out_are_known_and_a_disease_short_form_is_no_dataset(vocabulary):
    e = run(vocabulary, "Pneumonia detection", "We were evaluated in the Radiological Society of North America Pneumonia Detection Challenge.")
    assert keys(e, "Dataset") == {"Dataset/rsna-pneumonia"}
    e = run(vocabulary, "Pulmonary embolism", "Pulmonary Embolism (PE) is fatal. Automated PE detection systems on the PE data are critical.")
    assert not keys(e, "Dataset")


def test_dense_v_net_is_known_but_a_new_models_long_form_naming_it_is_not_it(vocabulary):
    e = run(
        vocabulary,
        "Automatic Segmentation of Pulmonary Lobes Using a Progressive Dense V-Network",
        "We present a progressive dense V-network (PDV-Net) for lung lobes. PDV-Net outperforms a 2D U-net and a 3D dense V-net.",
    )
    assert {"Model/name:pdvnet", "Model/dense-v-net", "Model/u-net"} <= keys(e, "Model")
    assert "Model/v-net" not in keys(e, "Model")


def test_a_report_metric_with_its_score_is_no_model_and_no_version(vocabulary):
    """"SembScore 0.865": a decimal below one after a name is a score; "CheXbertF1" is a metric, no CheXbert variant."""
    e = run(
        vocabulary,
        "Correcting errors in chest X-ray reports",
        "Among these models, o4-mini achieves the best scores of BLEU 0.853, ROUGE 0.924, SembScore 0.865, and CheXbertF1 0.954.",
    )
    assert keys(e, "Model") == {"Model/openai-o4-mini"}


def test_nih_cxr14_is_chestx_ray14(vocabulary):
    e = run(vocabulary, "Augmenting Chest X-ray Datasets with Non-Expert Annotations", "We collect 3.5k chest drain annotations for NIH-CXR14 and for PadChest.")
    assert keys(e, "Dataset") == {"Dataset/chestx-ray14", "Dataset/padchest"}
    assert keys(e, "Model") == set()


def test_reasoning_models_end_in_r1_and_benchmarks_in_bench_whatever_the_case(vocabulary):
    e = run(
        vocabulary,
        "Quux-R1: A Multimodal Reinforcement Learning-Based Pathology Reasoner",
        "Our project is available at the Quux-R1 repository: https://github.com/lab/Quux-R1.",
    )
    assert keys(e, "Model") == {"Model/name:quuxr1"}
    assert keys(e, "Dataset") == set()
    e = run(vocabulary, "U9-BENCH: Benchmarking Vision-Language Models on Ultrasound", "We evaluate 20 models on U9-BENCH.")
    assert "Dataset/name:u9bench" in keys(e, "Dataset")


def test_video_and_image_generation_metrics_are_no_models(vocabulary):
    e = run(
        vocabulary,
        "Echocardiography video synthesis",
        "Experiments are conducted on the CAMUS dataset. Our model beats standard diffusion in multiple metrics, including FID, FVD, and KID.",
    )
    assert keys(e, "Model") == set()


def test_a_name_with_an_apostrophe_year_is_its_own_dataset(vocabulary):
    """"ATM’22" and "EXACT'09" once shared BraTS'15's key: their apostrophe token normalised to nothing."""
    e = run(vocabulary, "Airway segmentation", "We compare with the EXACT’09 challenge and the ATM’22 benchmark, and test on BraTS'15.")
    assert keys(e, "Dataset") == {"Dataset/name:exact09", "Dataset/name:atm22", "Dataset/brats-2015"}


def test_every_yolo_version_is_a_known_model_of_the_family(vocabulary):
    e = run(vocabulary, "Bone detection", "A template mesh is built with YOLOv9-based bone detection; YOLOv4, YOLOv6 and YOLOv10 are compared.")
    assert {"Model/yolov9", "Model/yolov4", "Model/yolov6", "Model/yolov10"} <= keys(e, "Model")
    assert not open_names(e, "Model")


def test_a_mixed_case_name_written_as_a_plain_word_names_nothing(vocabulary):
    """ComBat and VerSe match written "Combat" or "Verse" as LLaVA matches "Llava", unless the word
    is one of the vocabulary's plain words: "to combat noise" names no harmonisation method."""
    e = run(vocabulary, "Radiomics harmonisation", "To combat scanner noise we apply ComBat; the verse of the results holds on VerSe.")
    assert {(m.key, m.text) for m in e.mentions if m.type in ("Model", "Dataset")} == {("Model/combat", "ComBat"), ("Dataset/verse", "VerSe")}
    assert "Model/llava" in keys(run(vocabulary, "A study", "We compare Llava with our model."), "Model")


@pytest.mark.parametrize(("title", "key"), [
    ("CPath-Omni: A Unified Multimodal Foundation Model for Patch and Whole Slide Image Analysis in Computational Pathology", "Model/name:cpathomni"),
    ("CPT-Interp: Continuous sPatial and Temporal Motion Modeling for 4D Medical Image Interpolation", "Model/name:cptinterp"),
])
def test_a_field_acronym_hyphened_to_a_capitalised_word_is_a_name(vocabulary, title, key):
    """'CPath' (computational pathology) and 'CPT' are generic terms, no names alone; hyphened to a
    capitalised word that is no term of its own they name the paper's model."""
    e = run(vocabulary, title, f"Extensive experiments show that {title.split(':')[0]} achieves the best results on 42 datasets.")
    assert key in keys(e, "Model")
    assert not open_names(run(vocabulary, "Hybrid networks", "We compare CNN-Transformer hybrids with CT-Based pipelines."), "Model")


def test_a_title_head_noun_after_for_is_what_the_work_is_for_not_what_it_is(vocabulary):
    e = run(
        vocabulary,
        "FairMedFM: Fairness Benchmarking for Medical Imaging Foundation Models",
        "To fill this gap, we introduce FairMedFM, a fairness benchmark for FM research in medical imaging. "
        "FairMedFM integrates with 17 popular medical imaging datasets.",
    )
    assert keys(e, "Dataset") == {"Dataset/name:fairmedfm"} and not keys(e, "Model")


def test_a_title_head_noun_after_with_is_what_the_work_uses_not_what_it_is(vocabulary):
    e = run(
        vocabulary,
        "COSST: Multi-organ Segmentation with Partially Labeled Datasets Using Comprehensive Supervisions and Self-training",
        "We propose a novel two-stage framework termed COSST, which integrates supervision signals with self-training.",
    )
    assert keys(e, "Model") == {"Model/name:cosst"} and not keys(e, "Dataset")


def test_a_plain_modifier_before_a_known_model_names_the_model_itself(vocabulary):
    """'the Standard U-net' and 'a Vanilla ViT' are the baselines U-Net and ViT, not variants the
    paper names; 'a Dense UNet' is one."""
    e = run(vocabulary, "Dose prediction", "Our model outperforms the Standard U-net and a Vanilla ViT. We also test a Dense UNet.")
    assert {"Model/u-net", "Model/vit"} <= keys(e, "Model")
    assert open_names(e) == {"denseunet"}


def test_a_plain_modifier_opening_a_list_item_names_the_known_model_itself(vocabulary):
    """'a custom CNN, Untrained VGG16, Pretrained VGG16, and Pretrained ResNet50': a list's items are
    capitalised, yet 'Pretrained' and 'Untrained' say how VGG16 was trained, not a variant's name."""
    e = run(
        vocabulary,
        "Augmentation with generative models",
        "We assess four models: a custom CNN, Untrained VGG16, Pretrained VGG16, and Pretrained ResNet50.",
    )
    assert {"Model/vgg-16", "Model/resnet-50"} <= keys(e, "Model")
    assert not open_names(e)


def test_a_short_form_opening_on_2d_or_3d_spells_a_dimension_word(vocabulary):
    """'two-dimensional shear wave elastography (2D-SWE)': the short form of a modality phrase, named
    nothing when the paper later compares 'with 2D-SWE'."""
    e = run(
        vocabulary,
        "Liver fibrosis on elastography",
        "We analyse two-dimensional shear wave elastography (2D-SWE) images. Design A study was conducted in comparison with "
        "2D-SWE, aspartate transaminase-to-platelet ratio index and fibrosis index.",
    )
    assert "2dswe" not in open_names(e)


def test_cardiac_cine_mri_written_with_a_hyphen_is_the_modality_not_a_dataset(vocabulary):
    e = run(vocabulary, "LV segmentation", "It was validated on 30 patient cardiac cine-MRI datasets of the STACOM challenge.")
    assert "cinemri" not in open_names(e)
    assert "Modality/mri" in keys(e, "Modality")


def test_a_title_long_form_spelling_its_name_across_for_is_no_second_name(vocabulary):
    """'AIROGS: Artificial Intelligence for RObust Glaucoma Screening Challenge': the words after the
    colon spell AIROGS across 'for'; the challenge they end in is AIROGS, not a second dataset."""
    e = run(
        vocabulary,
        "AIROGS: Artificial Intelligence for RObust Glaucoma Screening Challenge",
        "We propose the Artificial Intelligence for Robust Glaucoma Screening (AIROGS) challenge with 113,000 fundus images.",
    )
    assert open_names(e, "Dataset") == {"airogs"}


def test_an_article_after_a_titles_name_opens_a_description_not_a_name(vocabulary):
    """'ROSE: A Retinal OCT-Angiography Vessel Segmentation Dataset and New Model': title case, not a name."""
    e = run(
        vocabulary,
        "ROSE: A Retinal OCT-Angiography Vessel Segmentation Dataset and New Model",
        "We construct a dedicated Retinal OCT-A SEgmentation dataset (ROSE) of 229 images.",
    )
    assert open_names(e, "Dataset") == {"rose"}


def test_a_hospitals_short_form_names_no_model_or_dataset(vocabulary):
    """'Foundation models like RETFound from Moorfields Eye Hospital (MEH)': where data came from; a
    cohort's centre still names its dataset ('National Alzheimer's Coordinating Center (NACC)')."""
    e = run(vocabulary, "Retinal foundation models", "Foundation models like RETFound from Moorfields Eye Hospital (MEH) can be adapted with small datasets.")
    assert "meh" not in open_names(e)
    e = run(vocabulary, "Dementia", "We validate on a cohort from the Quux Brain Coordinating Center (QBCC) and report gains on QBCC.")
    assert "qbcc" in open_names(e, "Dataset")


def test_a_relative_clause_types_a_name_as_an_apposition_does(vocabulary):
    e = run(vocabulary, "Skin disease diagnosis", "Experiments use DermQuux-7, which is a large dataset of clinical images.")
    assert "dermquux7" in open_names(e, "Dataset")


def test_a_reference_glued_to_a_name_is_no_version_of_it(vocabulary):
    """'the 88% AUC achieved by ChexNet[10, 6, 8]': the bracket opens references; '10' is no version."""
    e = run(vocabulary, "Lung disease detection", "The 92% AUC was reported by QuuxThorax-Net[10, 6, 8] in classification tasks.")
    assert open_names(e) == {"quuxthoraxnet"}


def test_releases_of_a_known_dataset_are_kept_apart(vocabulary):
    """'We previously released ATLAS v1.2 ... Here we present ATLAS v2.0': two releases, two datasets."""
    e = run(vocabulary, "Stroke lesion segmentation", "We previously released ATLAS v1.2. Here we present ATLAS v2.0, a larger dataset of T1w MRIs.")
    assert {"Dataset/atlas-v1-2", "Dataset/atlas-v2-0"} <= keys(e, "Dataset")


def test_a_public_subset_and_a_sub_challenge_are_datasets_of_their_own(vocabulary):
    """CholecT45 is released from CholecT50 and kept apart as a subset is; the 2017 Robotic Instrument
    Segmentation Challenge is EndoVis 2017."""
    e = run(
        vocabulary,
        "2017 Robotic Instrument Segmentation Challenge",
        "We benchmark on CholecT50 and on its public release CholecT45.",
    )
    assert {"Dataset/cholect50", "Dataset/cholect45", "Dataset/endovis-2017"} <= keys(e, "Dataset")


def test_another_benchmarks_decathlon_is_not_the_medical_segmentation_decathlon(vocabulary):
    e = run(vocabulary, "MedMNIST Classification Decathlon: a lightweight AutoML benchmark", "We compare with the Medical Segmentation Decathlon.")
    assert [m.text for m in e.mentions if m.key == "Dataset/msd"] == ["Medical Segmentation Decathlon"]


def test_a_tissue_microarray_is_histopathology_not_a_dataset_name(vocabulary):
    e = run(
        vocabulary,
        "Gene expression from histopathology images",
        "We test our model on an external tissue microarray (TMA) dataset. It predicts subtypes on the TMA dataset.",
    )
    assert not keys(e, "Dataset")
    assert "Modality/histopathology" in keys(e, "Modality")


def test_a_known_models_repository_holds_its_code_not_a_dataset(vocabulary):
    e = run(
        vocabulary,
        "Scaling 3D ConvNeXts for segmentation",
        "We train our network on 18 datasets. Our code is available in the official nnUNet repository at https://github.com/MIC-DKFZ/nnUNet.",
    )
    assert not keys(e, "Dataset")
    assert "Model/nnu-net" in keys(e, "Model")


def test_a_known_dataset_far_on_in_a_title_says_nothing_of_the_titles_name(vocabulary):
    e = run(vocabulary, "MIMIR: Deep Regression for Automated Analysis of UK Biobank Body MRI", "It predicts body composition from UK Biobank MRI.")
    assert "Model/name:mimir" in keys(e, "Model")
    assert "Dataset/name:mimir" not in keys(e, "Dataset")
    # a known name inside a longer capitalised one is that one's: the title's name is the challenge
    e = run(vocabulary, "PedSeg-X: Results of the International Pediatric Brain Tumor Segmentation Challenge 2023", "Teams took part.")
    assert "Dataset/name:pedsegx" in keys(e, "Dataset")


def test_a_titles_name_runs_to_its_colon_over_a_short_capital_tail(vocabulary):
    e = run(
        vocabulary,
        "Quill S: Spatio-Textual Prompts for Medical Segmentation",
        "We introduce Quill S, a segmentation foundation model. Quill S outperforms nnU-Net on five modalities.",
    )
    assert "Model/name:quills" in keys(e, "Model")
    assert ("paper", "Model/name:quills") in links(e, "introduces")
    # a term after the first word is no tail of a name: "Chest CT" is a modality's label
    assert not open_names(run(vocabulary, "Chest CT: A Review of Deep Learning Methods", "We review 80 studies."))


def test_a_head_noun_of_another_name_in_a_title_says_nothing_of_the_titles_name(vocabulary):
    e = run(
        vocabulary,
        "QuTIL: Lymphocyte Scoring in Breast Cancer for the FooBAR Challenge",
        "As the QuTIL team, we developed an algorithm that scores lymphocytes. It ranked first in the FooBAR challenge.",
    )
    assert "Model/name:qutil" in keys(e, "Model")
    assert "Dataset/name:qutil" not in keys(e, "Dataset")


def test_confusion_matrix_counts_are_no_model_names(vocabulary):
    e = run(
        vocabulary,
        "A prompt model for medical segmentation",
        "On the validation set, our model outperforms SAT with a DSC of 75.44 (vs. 69.83) and DSC TP of 65.46 (vs. 46.97).",
    )
    assert "Model/name:tp" not in keys(e, "Model")


def test_a_biomarker_written_in_mixed_case_is_no_dataset(vocabulary):
    e = run(
        vocabulary,
        "Her2 Challenge Contest: Automated Her2 Scoring Algorithms in Whole Slide Images",
        "We report on an automated Her2 scoring contest on whole slide images of breast cancer.",
    )
    assert "Dataset/name:her2" not in keys(e, "Dataset")
    assert "Task/grading" in keys(e, "Task")  # a HER2 score is a grade (0 to 3+)


def test_a_known_dataset_written_with_its_words_spaced_is_one_dataset(vocabulary):
    e = run(vocabulary, "Polyp segmentation", "We validated the model on three public datasets: Kvasir-SEG, CVC-ColonDB and ETIS-Larib Polyp DB.")
    assert keys(e, "Dataset") == {"Dataset/kvasir-seg", "Dataset/cvc-colondb", "Dataset/etis-larib"}


@pytest.mark.parametrize(
    ("title", "model"),
    [
        ("Scale-attentional U-Net for the segmentation of the median nerve in ultrasound images", "Model/name:scaleattentionalunet"),
        ("A Probabilistic U-Net for Segmentation of Ambiguous Images", "Model/name:probabilisticunet"),  # an article opens the phrase
        ("An Improved U-Net Architecture for Pancreas Segmentation", "Model/u-net"),  # the phrase runs on past the name
        ("Attention U-Net for pancreas segmentation in CT", "Model/attention-u-net"),  # a known variant stays itself
        ("Standard U-Net for pancreas segmentation in CT", "Model/u-net"),  # a plain modifier: the model unchanged
        # in title case too, a hyphened compound of capitalised parts, closed by a function word
        ("Attention-Gateway U-Net for Mammographic Mass Segmentation: An Empirical Study", "Model/name:attentiongatewayunet"),
        ("Attention-Gateway U-Net Models For Pancreas Segmentation", "Model/u-net"),  # the phrase runs on past the name
    ],
)
def test_a_sentence_case_title_opening_on_a_word_before_a_known_model_names_the_papers_variant(vocabulary, title, model):
    e = run(vocabulary, title, "We develop a neural network that segments organs in CT images.")
    assert keys(e, "Model") == {model}
    if "/name:" in model:
        assert (PAPER, model) in links(e, "introduces")


def test_a_title_case_title_opening_on_a_word_before_a_known_model_names_no_variant(vocabulary):
    e = run(vocabulary, "Deep U-Net Models For Pancreas Segmentation", "We develop a neural network that segments organs in CT images.")
    assert keys(e, "Model") == {"Model/u-net"}


def test_natural_image_benchmarks_are_known_datasets(vocabulary):
    e = run(
        vocabulary,
        "A generative segmentation model",
        "We show on a lung abnormalities segmentation task and on a Cityscapes segmentation task that our model reproduces the segmentation variants. "
        "The encoder was pre-trained on CIFAR-10 and PASCAL VOC.",
    )
    assert keys(e, "Dataset") == {"Dataset/cityscapes", "Dataset/cifar-10", "Dataset/pascal-voc"}


def test_modality_and_organ_words_before_a_dataset_noun_describe_the_plain_name_before_them(vocabulary):
    """'the Synapse CT Abdomen segmentation dataset' is Synapse, as 'the Synapse dataset' is: the words
    between say what the data shows. A year, a second lower-case word or a verb ends the phrase."""
    e = run(
        vocabulary,
        "A segmentation network",
        "We conducted experiments on the Zorbel CT Abdomen segmentation dataset and the Quillan brain MRI cohort. "
        "Results on the Pelgrave dataset are reported.",
    )
    assert open_names(e, "Dataset") == {"zorbel", "quillan", "pelgrave"}
    e = run(vocabulary, "A segmentation network", "We used the Pellam large public training dataset.")
    assert open_names(e, "Dataset") == set()


def test_numeric_precisions_are_no_models(vocabulary):
    """FP32, FP16 and Int8 are formats a model is quantized to, not models beside MobileNetV2."""
    e = run(vocabulary, "Quantized view classification on an edge device", "We apply quantization techniques including FP32, FP16, dynamic, and Int8 to MobileNetV2.")
    assert keys(e, "Model") == {"Model/mobilenetv2"}


def test_a_list_of_names_goes_on_past_a_bracketed_aside(vocabulary):
    """"LCModel, jMRUI (AQUES, QUEST), TARQUIN, VeSPA": the brackets hold variants of one member; the
    members after them are names of the list's kind as well."""
    e = run(
        vocabulary,
        "Metabolite quantification with convolutional networks",
        "Results are compared with the quantification methods LCModel, jMRUI (AQUES, QUEST), TARQUIN, VeSPA and Gannet.",
    )
    assert {"tarquin", "vespa"} <= open_names(e, "Model")


def test_a_head_noun_in_a_bracketed_aside_names_nothing_after_it(vocabulary):
    """"In a second external validation (3 datasets), X yielded ...": X is the clause's subject, not a dataset."""
    e = run(
        vocabulary,
        "Brain age prediction",
        "We develop a novel regression diffusion DL network (GlimAge). In a second, separate external validation (3 datasets), GlimAge yielded an MAE of 1.97 years.",
    )
    assert "glimage" in open_names(e, "Model") and "glimage" not in open_names(e, "Dataset")


@pytest.mark.parametrize("term", ["B1+", "R2"])
def test_a_field_map_or_a_fit_statistic_is_no_model(vocabulary, term):
    e = run(vocabulary, "Parallel transmission", f"We propose a framework for predicting {term} maps online. Predictions reached {term} = 0.48 on held-out data.")
    assert not open_names(e)


def test_a_dataset_release_named_by_its_version_is_a_dataset(vocabulary):
    """"the Mpox Skin Lesion Dataset Version 2.0 (MSLD v2.0)": 'Version' is no action the dataset
    noun is the object of, so the long form is headed by 'Dataset'."""
    e = run(vocabulary, "Rash detection", 'We present the "Quokka Skin Lesion Dataset Version 2.0 (QSLD v2.0)" as a follow-up to the previous dataset.')
    assert "qsldv20" in open_names(e, "Dataset") and not open_names(e, "Model")


def test_which_we_refer_to_as_names_what_it_follows(vocabulary):
    e = run(
        vocabulary,
        "Universal segmentation",
        "We gathered a collection of 53 open-access segmentation datasets with over 22,000 scans, which we refer to as MegaQuux. "
        "The protocol delivered more than 2 mSv per scan.",
    )
    assert open_names(e) == {"megaquux"} and "megaquux" in open_names(e, "Dataset")


def test_a_short_form_introduced_past_a_long_titled_long_form_is_introduced(vocabulary):
    """"we introduce a Multi-agent Exploratory Synergy for the Heart (QuuxAgents) framework": the
    introduction verb reaches past the long form, however long, to its bracketed short form."""
    e = run(
        vocabulary,
        "Cardiac phenotypes",
        "To address this, we introduce a Multi-agent Exploratory Synergy for the Heart (QuuxAgents) framework that leverages large language models.",
    )
    assert "Model/name:quuxagent" in introduced(e)


def test_a_kind_of_study_abbreviated_in_lower_case_is_no_dataset(vocabulary):
    """"a genome-wide association study (GWAS)" is an analysis; "the Quux Brain Study (QBS)" a cohort."""
    e = run(vocabulary, "Imaging genetics", "We run a genome-wide association study (GWAS) of brain volumes. GWAS found 12 loci.")
    assert not keys(e, "Dataset")
    e = run(vocabulary, "Imaging genetics", "We use MRI of the Quux Brain Study (QBS). QBS scans were segmented.")
    assert "Dataset/name:qbs" in keys(e, "Dataset")


def test_a_name_introduced_with_an_aside_before_its_apposition_is_introduced(vocabulary):
    """"we propose Quuxmate (mate of a sonographer), an AI assistant": the aside explains the name."""
    e = run(vocabulary, "Fetal ultrasound understanding", "Here we propose Quuxmate (mate of a sonographer), an AI assistant to a user during fetal ultrasound examinations.")
    assert "Model/name:quuxmate" in introduced(e)


def test_the_model_a_system_is_built_on_is_not_introduced(vocabulary):
    """"This system is built based on U-Net": the paper builds on U-Net; it introduces its own system."""
    e = run(
        vocabulary,
        "The 2ST-QuuxNet for pneumothorax segmentation",
        "In this paper, we propose a 2-Stage Training system (2ST-QuuxNet) to segment images. This system is built based on U-Net with a ResNet-34 backbone.",
    )
    assert "Model/u-net" not in introduced(e) and "Model/name:2stquuxnet" in introduced(e)


def test_a_name_we_give_our_work_is_introduced_as_what_we_call_it(vocabulary):
    """"We denote our framework as QuuxLIP", "We call this new collection ScanBank": the writers name
    what they made, of the kind the object says; "we call for" names nothing."""
    named = run(
        vocabulary,
        "Towards scalable pre-training",
        "We denote our framework as QuuxLIP. We call this new collection ScanBank. QuuxLIP achieves the best AUC. We call for Further Work.",
    )
    assert open_names(named, "Model") == {"quuxlip"} and open_names(named, "Dataset") == {"scanbank"}
    assert {"Model/name:quuxlip", "Dataset/name:scanbank"} <= introduced(named)


def test_capitals_before_a_lower_case_net_name_a_network(vocabulary):
    """'IDH-net' is a network's name as 'IDH-Net' is, though IDH alone is a gene's; 'CLIP-based' stays a modifier."""
    e = run(vocabulary, "Glioma genotyping", "A T2w image only network (IDH-net) was developed. IDH-net reached an accuracy of 93%. A CLIP-based baseline was weaker.")
    assert open_names(e, "Model") == {"idhnet"}


def test_what_a_model_is_based_on_is_no_data_it_learned_on(vocabulary):
    """"A deep learning model, based on DeepLabV3Plus and GlimNet-B3": 'learning ... on' is no use cue here."""
    e = run(vocabulary, "Glomerulus segmentation", "A deep learning model, based on DeepLabV3Plus and GlimNet-B3, was developed for segmenting glomeruli.")
    assert "glimnetb3" not in open_names(e, "Dataset")


def test_a_name_built_on_a_model_or_outperforming_one_is_a_model(vocabulary):
    """"GlimFlow, based on the RAFT optical flow model, and GlimTracker, based on the CoTracker point
    trajectory model", "GlimTracker outperforms GlimFlow": each is a method, whatever else the abstract says."""
    built = run(vocabulary, "Strain estimation", "We compare two approaches: GlimFlow, based on the RAFT optical flow model, and GlimTracker, based on the CoTracker point trajectory model.")
    assert {"glimflow", "glimtracker"} <= open_names(built, "Model")
    compared = run(vocabulary, "Strain estimation", "Our evaluation shows that GlimTracker outperforms GlimFlow in accuracy.")
    assert open_names(compared, "Model") == {"glimflow", "glimtracker"}
    on_data = run(vocabulary, "Report generation", "We release GlimCXR, built on the MIMIC-CXR dataset, with expert labels.")
    assert "glimcxr" in open_names(on_data, "Dataset")


def test_a_generic_word_with_a_size_names_one_collection(vocabulary):
    """'the YouTube-8M dataset': YouTube alone is a platform, hyphened to a size it is one dataset."""
    e = run(vocabulary, "Motion-robust reconstruction", "Training was augmented with k-space data derived from videos in the YouTube-8M dataset.")
    assert open_names(e, "Dataset") == {"youtube8m"}


def test_a_treatment_technique_is_no_dataset(vocabulary):
    """'Magnetic Resonance Image guided Stereotactic body radiotherapy (MRgRT) ... MRgRT scans of 26
    patients': how patients were treated, not a named collection."""
    e = run(
        vocabulary,
        "Delta radiomics for response prediction",
        "Magnetic Resonance Image guided Stereotactic body radiotherapy (MRgRT) is an emerging technology. "
        "We analysed 0.35T MRgRT scans of 26 patients. The pipeline can be utilized in future MRgRT radiomic studies.",
    )
    assert not open_names(e)


def test_names_listed_with_their_modalities_before_a_head_noun_are_its_kind(vocabulary):
    """'on the NSCLC-Radiomics CT and KIRBY21 MRI datasets': each name with its modality is one item."""
    e = run(vocabulary, "Slice-to-volume registration", "Results demonstrate the robustness of the registration on the GlimLung CT and GlimBrain21 MRI datasets.")
    assert open_names(e, "Dataset") == {"glimlung", "glimbrain21"}


def test_an_unknown_acronym_before_a_dataset_noun_is_part_of_the_name(vocabulary):
    """'our GOSH NEC dataset' is one collection; a term's acronym ('the ADNI MRI dataset') only says
    what the data show."""
    e = run(vocabulary, "Necrotising enterocolitis", "Necrotizing Enterocolitis (NEC) affects neonates. We evaluate QuuxNet on our GOSH NEC dataset and on the ZORB MRI dataset.")
    assert keys(e, "Dataset") == {"Dataset/name:goshnec", "Dataset/name:zorb"}


def test_a_list_of_datasets_goes_on_past_our_and_a_modifier(vocabulary):
    e = run(vocabulary, "Cobb angle estimation", "Experiments on public ZORB2019, our private Quux2023, and our generated Glim-AI2024 datasets show that QuuxNet works.")
    assert {"Dataset/name:zorb2019", "Dataset/name:quux2023", "Dataset/name:glimai2024"} <= keys(e, "Dataset")


def test_an_organ_loss_is_a_finding_not_a_loss_function(vocabulary):
    """'bone loss' and 'blood loss' are findings; 'Dice loss (BADL)' still names a loss function."""
    e = run(vocabulary, "Periodontitis staging", "Annotations marked radiographic bone loss (RBL) on each tooth. We trained with a boundary-aware Dice loss (BADL).")
    assert keys(e, "Model") == {"Model/name:badl"}


def test_an_introduced_model_named_after_two_it_joins_is_kept(vocabulary):
    """'Mamba-UNet' joins Mamba and U-Net, but the paper introduces it: a model of its own, not a
    combination of the two it names apart."""
    e = run(
        vocabulary,
        "Mamba-UNet: UNet-Like Pure Visual Mamba for Medical Image Segmentation",
        "Inspired by the Mamba architecture, we propose Mamba-UNet, a novel architecture that synergizes the U-Net with Mamba's capability. "
        "We conducted experiments on the ACDC dataset. Mamba-UNet outperforms several types of UNet.",
    )
    assert "Model/name:mambaunet" in keys(e, "Model")
    assert ("Model/name:mambaunet", "Dataset/acdc") in links(e, "evaluatedOn")


def test_an_introduced_model_joining_a_named_one_and_a_known_one_is_kept(vocabulary):
    """'xLSTM-UNet' joins xLSTM, a model the paper names but does not introduce, and U-Net: the
    paper proposes it, so it is a model of its own."""
    e = run(
        vocabulary,
        "xLSTM-UNet can be an Effective Medical Image Segmentation Backbone",
        "We first propose xLSTM-UNet, a UNet structured deep learning neural network. "
        "By integrating convolutional layers with the abilities of xLSTM, xLSTM-UNet offers a robust solution.",
    )
    assert "Model/name:xlstmunet" in keys(e, "Model")
    assert "Model/name:xlstmunet" in introduced(e)


def test_a_short_form_of_generic_terms_only_names_no_model(vocabulary):
    e = run(
        vocabulary,
        "A fully autonomous robotic ultrasound system for thyroid scanning",
        "It provides data on nodule characteristics for American College of Radiology Thyroid Imaging Reporting and Data System (ACR TI-RADS) calculation. "
        "Nodules were then scored with ACR TI-RADS.",
    )
    assert not keys(e, "Model")


def test_a_short_form_of_a_learning_setting_names_no_model(vocabulary):
    e = run(
        vocabulary,
        "A universal model for neuroimaging in 3D",
        "In-context learning (ICL), a type of universal model, adapts to new tasks without retraining. "
        "We introduce QuuxVerse, an ICL model for 3D segmentation that outperforms existing ICL models.",
    )
    assert keys(e, "Model") == {"Model/name:quuxverse"}


def test_a_short_form_of_a_clinical_procedure_names_no_model(vocabulary):
    e = run(
        vocabulary,
        "Intraoperative margin assessment with fluorescence lifetime imaging",
        "FLIm may be used during cancer resection, including Transoral Robotic Surgery (TORS). "
        "TORS margins were assessed with a random forest.",
    )
    assert not {k for k in keys(e, "Model") if k.startswith("Model/name:")}


def test_natural_language_generation_metrics_name_no_model(vocabulary):
    e = run(
        vocabulary,
        "Factual correctness of radiology report generation",
        "Current metrics, such as Conventional Natural Language Generation (NLG) and Clinical Efficacy (CE), fall short. "
        "First, they present an increased complexity that offers only marginal improvements on NLG metrics.",
    )
    assert "Model/name:nlg" not in keys(e, "Model")


def test_a_known_dataset_in_a_list_types_the_list_whatever_its_own_shape(vocabulary):
    # "DermNet" is shaped like a network's name, but the vocabulary knows it as a dataset
    e = run(
        vocabulary,
        "Alopecia areata classification",
        "An extensive experiment using the Zorbhair1k (for healthy scalp hair images) and DermNet (for alopecia images) datasets "
        "demonstrates that our model achieves 93.1% accuracy.",
    )
    assert "Dataset/name:zorbhair1k" in keys(e, "Dataset")
    assert not keys(e, "Model")


def test_known_names_joined_by_a_plus_are_those_names(vocabulary):
    e = run(vocabulary, "Barrett's neoplasia detection on embedded systems", "An Efficientnet-lite1+Deeplabv3 architecture is proposed and trained.")
    assert keys(e, "Model") == {"Model/name:efficientnetlite1", "Model/deeplabv3"}
    plussed = run(vocabulary, "Polyp segmentation", "We propose QuuxNet++ and compare it with UNet++.")
    assert keys(plussed, "Model") == {"Model/name:quuxnet++", "Model/unet-plus-plus"}


def test_what_a_model_outperforms_is_a_model_though_a_dataset_is_named_before(vocabulary):
    e = run(
        vocabulary,
        "Skin lesion segmentation",
        "Results on the ISIC2018 dataset demonstrate that QuuxNet outperforms FrobNet by 4.85% on DSC and surpasses the ZorbNet on the ISIC2017 dataset.",
    )
    assert {"Model/name:frobnet", "Model/name:zorbnet"} <= keys(e, "Model")
    assert not any("/name:" in key for key in keys(e, "Dataset"))


def test_the_papers_model_hyphened_to_a_known_one_is_that_model(vocabulary):
    """'QUUXEL-ViT' joins the paper's own QUUXEL to the ViT it is built on: one model, not a second."""
    e = run(
        vocabulary,
        "QUUXEL: predicting multiplex immunofluorescence from H&E slides",
        "We introduce QUUXEL, a model built on a ViT backbone. We propose QUUXEL-ViT, which outperforms the baselines.",
    )
    assert "Model/name:quuxel" in keys(e, "Model")
    assert "Model/name:quuxelvit" not in keys(e, "Model")


@pytest.mark.parametrize(
    "sentence",
    [
        "To overcome these difficulties, a new Hybrid Attention-Enhanced Transformer Network (HAETN) is introduced for early diagnosis.",
        "In this paper, HAETN is proposed for early diagnosis.",
    ],
)
def test_a_name_that_is_proposed_in_the_passive_is_introduced(vocabulary, sentence):
    e = run(vocabulary, "Epilepsy detection on MRI", sentence + " U-Net was proposed by Ronneberger et al.")
    introduced = {o for _, o in links(e, "introduces")}
    assert "Model/name:haetn" in introduced and "Model/u-net" not in introduced


def test_places_metrics_and_negated_classes_in_dataset_lists_are_no_names(vocabulary):
    """'VinDr-CXR from Vietnam, ChestX-ray14 ...': the country a dataset comes from is no dataset
    coordinated with it; 'non–DP-DT' (an en dash) is the class of the others; the F2 score is a metric."""
    e = run(
        vocabulary,
        "Differentially private domain transfer",
        "We used radiographs from VinDr-CXR from Vietnam, ChestX-ray14 and CheXpert from the United States, ZorbCXR from Germany, and PadChest from Spain. "
        "DP-DT was compared with non–DP-DT models. Detection was assessed using the F2 score.",
    )
    assert not {k for k in keys(e, "Dataset") if "vietnam" in k or "germany" in k}
    assert not {k for k in keys(e, "Model") if "nondpdt" in k or k.endswith(":f2")}


def test_a_terms_initials_the_paper_spells_as_its_own_framework_name_it(vocabulary):
    """ACL is the anterior cruciate ligament's short form; spelled out as the paper's own framework before
    a head noun it names that framework, not a ligament."""
    e = run(
        vocabulary,
        "Adaptive curriculum learning for thyroid nodule diagnosis",
        "We propose an Adaptive Curriculum Learning (ACL) framework, which discards inconsistent samples. "
        "Specifically, ACL takes both hard samples and model certainty into account.",
    )
    assert keys(e, "Model") == {"Model/name:acl"}
    assert "AnatomicalStructure/ligament" not in keys(e, "AnatomicalStructure")


def test_a_tasks_initials_inside_its_label_abbreviate_the_task(vocabulary):
    """'Super-Resolution (SR) reconstruction' is matched whole; SR is still the task's short form after it."""
    e = run(
        vocabulary,
        "Multi-contrast MRI",
        "Multi-contrast Super-Resolution (SR) reconstruction is promising. Existing MRI SR methods need a fixed scale.",
    )
    assert not keys(e, "Model")
    assert "Task/super-resolution" in keys(e, "Task")


def test_an_organs_long_form_makes_its_short_form_the_organ(vocabulary):
    """'Cerebral Ventricular System (CVS)' ends in a model noun but is the ventricles' name."""
    e = run(
        vocabulary,
        "Neonatal ventricles in 3D ultrasound",
        "Preterm neonates suffer from a dilation of the Cerebral Ventricular System (CVS). We develop automatic CVS segmentation algorithms.",
    )
    assert not keys(e, "Model")
    assert "AnatomicalStructure/brain-ventricles" in keys(e, "AnatomicalStructure")


def test_implicit_neural_representations_are_a_family_not_a_model(vocabulary):
    e = run(
        vocabulary,
        "Neural fields for ultrasound",
        "We present a physics-enhanced implicit neural representation (INR) for ultrasound imaging. "
        "Recent INRs encode a scene from 2D frames, and a feed-forward neural network (FFNN) predicts captions.",
    )
    assert not keys(e, "Model")


def test_a_clinical_rating_scale_is_no_model(vocabulary):
    e = run(
        vocabulary,
        "Gait scores from video",
        "Severity is quantified through the Movement Disorder Society Unified Parkinson's Disease Rating Scale (MDS-UPDRS), "
        "a widely used clinical rating scale. This is the first benchmark for classifying PD patients based on MDS-UPDRS gait severity.",
    )
    assert not keys(e, "Model")


def test_protected_health_information_is_no_model(vocabulary):
    e = run(
        vocabulary,
        "Protected health information in medical images",
        "The initial step involves detecting Protected Health Information (PHI) imprinted within image pixels. "
        "In this study, we present an AI-based pipeline for PHI detection with text detection and text analysis.",
    )
    assert not keys(e, "Model")
    assert "Task/text-detection" in keys(e, "Task")


def test_a_detector_named_by_its_long_name_in_lower_case_is_that_detector(vocabulary):
    # an algorithm's name is a common noun, as "a random forest" is
    e = run(vocabulary, "Eyelid tumour detection", "We developed a system using a faster region-based convolutional neural network and single shot multibox detectors.")
    assert keys(e, "Model") == {"Model/faster-r-cnn", "Model/ssd"}


def test_classical_regressors_are_known_models(vocabulary):
    e = run(vocabulary, "Brain age prediction", "We compare support vector regression and Gaussian process regression on UK Biobank data.")
    assert keys(e, "Model") == {"Model/svr", "Model/gaussian-process-regression"}


def test_public_challenge_datasets_are_known(vocabulary):
    e = run(vocabulary, "Multi-organ trauma detection", "We conduct experiments on the public RSNA Abdominal Trauma Detection dataset and on the VALDO challenge data.")
    assert keys(e, "Dataset") == {"Dataset/rsna-atd", "Dataset/valdo"}


def test_a_residual_u_net_in_3d_and_vggnet_spellings_are_the_known_models(vocabulary):
    # as "2D U-Net" is U-Net: the dimension is how the network is run, not another model
    e = run(vocabulary, "Aneurysm segmentation", "We trained a 3D residual U-Net and compared it with VGGNet-16.")
    assert keys(e, "Model") == {"Model/res-unet", "Model/vgg-16"}


def test_mamba_segmentation_and_registration_networks_are_known(vocabulary):
    e = run(
        vocabulary,
        "State-space models for medical images",
        "We compare VM-UNet, Swin-UMamba, LightM-UNet, SegMamba and nnMamba on segmentation, and VoxelMorph, "
        "TransMorph and State Space Model (SSM)-based MambaMorph on registration.",
    )
    assert {"Model/vm-unet", "Model/swin-umamba", "Model/lightm-unet", "Model/segmamba", "Model/nnmamba", "Model/mambamorph"} <= keys(e, "Model")
    assert vocabulary.concepts["Model/vm-unet"].based_on == ("Model/vmamba",)


def test_commercial_tuberculosis_readers_are_known_products(vocabulary):
    e = run(
        vocabulary,
        "Five AI products for TB screening",
        "We evaluated CAD4TB (v7), InferReadDR (v2), Lunit INSIGHT CXR (v4.9.0), JF CXR-1 (v2), and qXR (v3).",
    )
    assert {"Model/cad4tb", "Model/inferread-dr", "Model/lunit-insight-cxr", "Model/jf-cxr-1", "Model/qxr"} == keys(e, "Model")


def test_grading_systems_colour_spaces_and_dose_levels_are_not_models(vocabulary):
    # an eponymous grading system, a colour space, a noise measure and the dose a denoiser aims at
    gleason = run(
        vocabulary,
        "A deep learning algorithm for improving Gleason scoring of prostate cancer",
        "Gleason scoring suffers from poor reproducibility. Our system goes beyond the current Gleason system, "
        "providing refinement of the Gleason system itself.",
    )
    hsv = run(vocabulary, "Strabismus screening", "Otsu binarization and the HSV color model are applied to the image.")
    dose = run(
        vocabulary,
        "Low-dose CT denoising",
        "A deep noise power spectrum (NPS) loss makes denoised LDCT images resemble normal-dose CT (NDCT) images.",
    )
    assert not keys(gleason, "Model") and not keys(hsv, "Model") and not keys(dose, "Model")


def test_a_hospitals_short_form_before_a_dataset_noun_names_its_data(vocabulary):
    e = run(vocabulary, "Gleason grading", "The method reached an AUC of 0.94 on the Peking Union Medical College Hospital (PUMCH) dataset and of 0.92 on PANDA.")
    assert keys(e, "Dataset") == {"Dataset/name:pumch", "Dataset/panda"}
    # where the data came from, with no dataset noun, is no dataset
    assert not keys(run(vocabulary, "Retinal imaging", "Images were collected at Moorfields Eye Hospital (MEH) between 2010 and 2020."), "Dataset")


def test_a_capitalised_word_apposed_to_what_the_authors_introduce_names_it(vocabulary):
    e = run(vocabulary, "Open-vocabulary detection", "We curate a large-scale dataset, Omnis, with 600K detection samples across nine modalities.")
    assert keys(e, "Dataset") == {"Dataset/name:omnis"}
    # others' work set off by commas is not named so
    assert not keys(run(vocabulary, "Open-vocabulary detection", "Previous work used a large dataset, Omnis, with 600K samples."), "Dataset")


def test_a_name_apposed_to_the_first_of_its_kind_names_what_the_authors_made(vocabulary):
    e = run(vocabulary, "Operating room modelling", "We create the first publicly available surgical SSG dataset, Zorbel-8, containing ten simulated surgeries.")
    assert "Dataset/name:zorbel8" in keys(e, "Dataset")
    e = run(vocabulary, "Operating room modelling", "We create the first publicly available surgical dataset, Zorbel, containing ten simulated surgeries.")
    assert keys(e, "Dataset") == {"Dataset/name:zorbel"}
    # "the" alone presents nothing new: a subject after the dataset's comma is not its name
    assert not keys(run(vocabulary, "Operating room modelling", "On the public surgical dataset, Zorbel performed well."), "Dataset")


def test_the_authors_own_short_form_of_a_lower_case_long_form_names_their_method(vocabulary):
    e = run(vocabulary, "Mammography pre-training", "Our multi-view and multi-scale alignment (MaMA) method outperforms the baselines on EMBED.")
    assert keys(e, "Model") == {"Model/name:mama"}
    assert ("Model/name:mama", "Dataset/embed") in links(e, "evaluatedOn") | links(e, "trainedOn")
    # a kind of tool spelled in lower case after "an" is still no name
    assert not keys(run(vocabulary, "Regulation", "We assess an artificial intelligence as a medical device (AIaMD) tool."), "Model")


def test_a_two_letter_short_form_the_authors_call_their_work_names_it(vocabulary):
    e = run(
        vocabulary,
        "Distilling foundation models",
        "We propose a novel framework called Reprogramming Distillation (RD). Empirically, we show that on extensive "
        "datasets, RD consistently achieves superior performance.",
    )
    assert keys(e, "Model") == {"Model/name:rd"} and not keys(e, "Dataset")
    # a two-letter short form of a phrase is still none
    assert not keys(run(vocabulary, "Segmentation", "We apply Domain Adaptation (DA) to unseen scanners."), "Model")


def test_a_phrase_fronted_after_that_places_the_subject_of_its_clause(vocabulary):
    e = run(vocabulary, "Segmentation", "We present QuuxSeg. Our results show that on five public datasets, QuuxSeg outperforms nnU-Net.")
    assert "Model/name:quuxseg" in keys(e, "Model") and not keys(e, "Dataset")


def test_messenger_and_micro_rna_are_no_models(vocabulary):
    e = run(vocabulary, "Radiogenomics of renal carcinoma", "CT radiomics models predicted nuclear grade better than mRNA models; the miRNA model came last.")
    assert not keys(e, "Model")


def test_smote_is_a_known_algorithm_not_data(vocabulary):
    e = run(vocabulary, "TMJ osteoarthritis classification", "We balanced the classes with data augmentation, SMOTE, to alleviate over-fitting.")
    assert keys(e, "Model") == {"Model/smote"}
    assert not keys(e, "Dataset")


def test_an_abbreviated_multimodal_llm_is_a_kind_not_a_name(vocabulary):
    e = run(vocabulary, "Glaucoma report generation", "Objective: To develop an explainable multimodal large language model (MM-LLM) that screens OCT scans.")
    assert not keys(e, "Model")


def test_abbreviated_spiking_and_quantum_networks_are_kinds_not_names(vocabulary):
    e = run(vocabulary, "Liver disease diagnosis with spiking networks", "We compare leading SNN frameworks and quantum neural networks (QNNs) on CT features.")
    assert not keys(e, "Model")


def test_ecg_intervals_are_no_names(vocabulary):
    e = run(vocabulary, "A resting ECG screening protocol for athletes", "Sport-specific trends included increased QRS duration in weightlifters and low QTc intervals in endurance athletes.")
    assert not keys(e, "Model")


def test_the_iciar_2018_challenge_is_bach_by_its_full_name(vocabulary):
    full = "ICIAR 2018 Grand Challenge on Breast Cancer Histology Images"
    e = run(vocabulary, "Breast cancer histology", f"The dataset is part of the {full}.")
    assert keys(e, "Dataset") == {"Dataset/bach"}
    assert full in {m.text for m in e.mentions}


def test_general_computing_software_is_no_model(vocabulary):
    """MATLAB and SPSS run a study's code and statistics; they are no model of the paper."""
    e = run(vocabulary, "Hand segmentation", "For deep learning, a MATLAB deep learning toolbox (MathWorks, Natick, MA, US) was used. We introduce regression toolboxes for Python and MATLAB.")
    assert not keys(e, "Model")


def test_a_u_shaped_network_is_a_shape_not_u_net(vocabulary):
    e = run(vocabulary, "QuuxMorph: deformable registration", "Utilizing a U-shaped network architecture, QuuxMorph computes the deformation field.")
    assert "Model/u-net" not in keys(e, "Model")


def test_a_known_model_after_a_titled_names_colon_is_its_kind(vocabulary):
    """'QuuxBEiT: Vision Transformer for Electrocardiogram Data' says what kind of model QuuxBEiT is; the
    paper uses no ViT. A known model the abstract names stays."""
    e = run(vocabulary, "QuuxBEiT: Vision Transformer for Electrocardiogram Data", "We pretrain QuuxBEiT on 8.5 million ECGs.")
    assert keys(e, "Model") == {"Model/name:quuxbeit"}
    e = run(vocabulary, "QuuxBEiT: Vision Transformer for Electrocardiogram Data", "We pretrain QuuxBEiT and compare it with a ViT.")
    assert "Model/vit" in keys(e, "Model")


def test_well_known_models_are_found_by_their_spelt_out_names(vocabulary):
    e = run(
        vocabulary,
        "Predicting difficult laryngoscopy from facial images",
        "A Light Gradient Boosting Machine classifier was compared with a detector based on the mask region-based convolutional neural network.",
    )
    assert {"Model/lightgbm", "Model/mask-r-cnn"} <= keys(e, "Model")


def test_a_titled_dataset_name_after_an_article_and_modifiers(vocabulary):
    """'a publicly available Quokkapox Skin Lesions Dataset' is a name; 'a new Dataset' is none."""
    e = run(vocabulary, "Quokkapox classification", "We test it on a publicly available Quokkapox Skin Lesions Dataset using cross-validation.")
    assert keys(e, "Dataset") == {"Dataset/name:quokkapoxskinlesionsdataset"}
    assert not keys(run(vocabulary, "Monkeypox classification", "We collected a new Dataset of skin images."), "Dataset")


def test_a_year_after_a_new_name_ending_in_its_head_noun_dates_it(vocabulary):
    e = run(vocabulary, "Axial length from fundus photographs", "In the population-based Beijing Eye Study 2011, we took fundus photographs.")
    assert keys(e, "Dataset") == {"Dataset/name:beijingeyestudy2011"}


def test_a_host_before_a_known_dataset_is_no_new_name(vocabulary):
    """'the Kaggle EyePACS test set' is EyePACS, found on Kaggle: one node, not two."""
    e = run(vocabulary, "Reproducing a diabetic retinopathy algorithm", "The AUC was 0.951 on the Kaggle EyePACS test set and 0.853 on Messidor-2.")
    assert keys(e, "Dataset") == {"Dataset/eyepacs", "Dataset/messidor-2"}


def test_a_name_both_a_model_and_a_dataset_is_what_its_context_says(vocabulary):
    """MRNet is a knee MRI dataset and the model that came with it; 'the public data set MRNet' is
    the dataset, and no MRNet model is paired with it."""
    e = run(vocabulary, "ACL tear detection on knee MRI", "A YOLOv4 model was trained. The public data set MRNet was used as an external validation data set.")
    assert "Dataset/mrnet" in keys(e, "Dataset")
    assert "Model/mrnet" not in keys(e, "Model")
    e = run(vocabulary, "ACL tear detection on knee MRI", "We compare our network with the MRNet model.")
    assert "Model/mrnet" in keys(e, "Model") and "Dataset/mrnet" not in keys(e, "Dataset")


def test_a_name_given_after_a_naming_word_takes_its_capitalised_opening(vocabulary):
    """'called Compact Seg-UNet with ...' names Compact Seg-UNet, not Seg-UNet; 'termed Two-stream
    Fusion Network (TSFN)' is still a long form and its short form."""
    e = run(vocabulary, "Overlapping chromosome segmentation", "We propose a novel convolutional neural network called Compact Seg-UNet with enhanced deep feature learning capability.")
    assert keys(e, "Model") == {"Model/name:compactsegunet"}
    e = run(vocabulary, "Video classification", "We propose a method termed Two-stream Fusion Network (TSFN) for this.")
    assert keys(e, "Model") == {"Model/name:tsfn"}


def test_depth_anything_is_a_known_depth_model_apart_from_its_second_version(vocabulary):
    e = run(vocabulary, "Advancing Depth Anything Model for monocular depth estimation in endoscopy", "We compare with Depth Anything V2 on SCARED.")
    assert keys(e, "Model") == {"Model/depth-anything", "Model/depth-anything-v2"}


def test_a_new_name_shaped_word_before_a_family_name_is_a_variant(vocabulary):
    """'the CoordAtt UNet model' is one model, a variant of U-Net; two known names side by side stay two."""
    e = run(vocabulary, "Mammographic breast positioning assessment", "The CoordAtt UNet model achieved the highest accuracy.")
    assert keys(e, "Model") == {"Model/name:coordattunet"}
    e = run(vocabulary, "Segmentation", "We compare against the nnFormer UNet baseline.")
    assert keys(e, "Model") == {"Model/nnformer", "Model/u-net"}


def test_well_known_medical_foundation_models_are_known_with_their_bases(vocabulary):
    """A known model is typed without a cue and carries what it was built from."""
    e = run(vocabulary, "Echocardiography interpretation", "EchoCLIP and PanEcho were compared with UniverSeg and MedSegDiff.")
    assert {"Model/echoclip", "Model/panecho", "Model/universeg", "Model/medsegdiff"} <= keys(e, "Model")
    assert ("Model/echoclip", "basedOn", "Model/clip") in {(l.subject, l.relation, l.object) for l in e.links}


def test_well_known_challenge_datasets_carry_their_modality_and_anatomy(vocabulary):
    """A known dataset is typed without a cue, and the graph learns what it holds from the vocabulary."""
    e = run(vocabulary, "Prostate cancer detection", "Models were developed on PROSTATEx and PI-CAI and tested on PROMISE12.")
    assert {"Dataset/prostatex", "Dataset/pi-cai", "Dataset/promise12"} <= keys(e, "Dataset")
    facts = {(l.subject, l.relation, l.object) for l in e.links}
    assert ("Dataset/pi-cai", "hasModality", "Modality/bpmri") in facts
    assert ("Dataset/prostatex", "targetsAnatomy", "AnatomicalStructure/prostate") in facts


def test_examples_of_a_plural_noun_that_heads_no_model_or_dataset_are_no_names(vocabulary):
    """Diseases, tracers and viruses listed as examples are of their noun's kind."""
    e = run(vocabulary, "Connectomics fusion", "Fusion helps in treating neuropsychiatric disorders such as Schizophrenia (SZ). We extend it to PET tracers including C11.")
    assert not keys(e, "Model") | keys(e, "Dataset")
    e = run(vocabulary, "Connectomics fusion", "We compare with methods such as QuuxNet. We test on cohorts including QuuxBank.")
    assert keys(e, "Model") | keys(e, "Dataset") == {"Model/name:quuxnet", "Dataset/name:quuxbank"}


def test_a_name_alone_in_a_fronted_phrase_is_not_listed_with_the_subject_after_it(vocabulary):
    e = run(
        vocabulary,
        "ZQTR: A Scalable Unrolled Model for MRI Reconstruction",
        "ZQTR achieves the best results across all four QuuxRecon2025 challenge tracks. "
        "On QuuxRecon2024, ZQTR outperforms the winning method by 0.55 dB.",
    )
    assert "Model/name:quuxrecon2024" not in keys(e, "Model")
    # a list opened by the phrase is still one list
    e = run(vocabulary, "A study", "Using QuuxDet, FooNet, BarNet and BazNet detectors, fractures were found.")
    assert {"Model/name:quuxdet", "Model/name:foonet"} <= keys(e, "Model")


def test_m2cai16_tool_locations_is_kept_apart_from_the_challenge_data_it_annotates(vocabulary):
    e = run(vocabulary, "Tool detection", "Our model achieves 60.4% mAP on the m2cai16-tool-locations dataset and is also run on m2cai16-tool.")
    assert {"Dataset/m2cai16-tool-locations", "Dataset/m2cai16"} <= keys(e, "Dataset")


def test_a_coined_short_form_of_what_the_authors_propose_names_their_model(vocabulary):
    e = run(vocabulary, "A study", "To address this, we propose a fast cortical surface reconstruction (FastCSR) pipeline built on deep learning.")
    assert "Model/name:fastcsr" in keys(e, "Model")
    # capitals alone abbreviate the task the model is for
    e = run(vocabulary, "A study", "To address this, we present a weakly supervised semantic segmentation (WSSS) model built on class activation maps.")
    assert not {k for k in keys(e, "Model") | keys(e, "Dataset") if "wsss" in k}


def test_a_capitalised_short_form_that_an_apposition_types_is_a_name(vocabulary):
    e = run(
        vocabulary,
        "Sparse-view CT reconstruction",
        "We introduce Self-prior embedding neural representation (Spener), a novel unsupervised method for sparse-view CT. "
        "During each iteration, Spener extracts local image prior features.",
    )
    assert "Model/name:spener" in keys(e, "Model")


def test_counts_of_operations_are_metrics_not_models(vocabulary):
    e = run(vocabulary, "A lightweight vessel network", "QuuxNet shows improved efficiency (Performance vs Parameter or GFlops) compared to models such as U-Net, at 3 GFLOPs and 2 GMACs.")
    assert not {k for k in keys(e, "Model") | keys(e, "Dataset") if "flop" in k or "mac" in k}


def test_a_capital_letter_hyphened_to_a_noun_before_a_dataset_noun_names_the_dataset(vocabulary):
    e = run(vocabulary, "Nodule detection", "The model reaches 0.794 and 0.766 on the Q-Nodule dataset.")
    assert "Dataset/name:qnodule" in keys(e, "Dataset")
    # a modality's label so written stays the modality
    e = run(vocabulary, "Nodule detection", "We test the model on the X-Ray dataset.")
    assert not {k for k in keys(e, "Dataset") if "xray" in k}


def test_the_hardware_a_model_runs_on_is_no_dataset(vocabulary):
    e = run(vocabulary, "A mobile model", "QuuxNet runs at 1.6 ms on iPhone 16 Pro and at 20 fps on a Jetson Nano after training on an RTX 3090.")
    assert not keys(e, "Dataset")


def test_a_title_opening_on_a_short_form_names_the_papers_model_though_its_long_form_ends_in_a_task(vocabulary):
    e = run(
        vocabulary,
        "QWERC: Robust Adaptation via Quux-Word-Enhanced Region Clustering for Medical Image Segmentation",
        "To overcome these challenges, we propose a CQA via Quux-Word-Enhanced Region Clustering (QWERC) for medical image segmentation. "
        "QWERC outperforms other methods on two benchmarks.",
    )
    assert "Model/name:qwerc" in keys(e, "Model")


def test_a_year_inside_a_capitalised_name_before_a_dataset_noun_is_part_of_the_name(vocabulary):
    e = run(vocabulary, "Capsule endoscopy", "We evaluate our approach on the Quux Vision 2024 Challenge dataset of ten abnormality classes.")
    assert {k for k in keys(e, "Dataset") if "quuxvision2024" in k}
    e = run(vocabulary, "Low-dose CT", "On the Quux Clinic 2016 dataset, our model outperforms the baselines.")
    assert "Dataset/name:quuxclinic2016" in keys(e, "Dataset")
    # a venue's year dates the meeting, not a name of data
    e = run(vocabulary, "Registration", "Experiments on the QuuxPro dataset from the MICCAI 2023 Challenge show gains.")
    assert not {k for k in keys(e, "Dataset") if "miccai" in k}


def test_a_name_before_a_part_of_a_network_is_no_data_it_ran_on(vocabulary):
    e = run(vocabulary, "Alzheimer's disease from MRI", "Two fusion methods on FC layer and on the single-projection CNN output show better performances.")
    assert not keys(e, "Dataset")


def test_lidc_idri_spelled_out_in_full_is_one_mention_of_the_dataset(vocabulary):
    e = run(vocabulary, "Synthetic nodules", "We used 216 CT images from the Lung Image Database Consortium and Image Database Resource Initiative database.")
    assert {m.text for m in e.mentions if m.key == "Dataset/lidc-idri"} == {"Lung Image Database Consortium and Image Database Resource Initiative"}


def test_a_word_with_a_comma_inside_runs_two_words_together_and_names_nothing(vocabulary):
    e = run(vocabulary, "Report generation", "QuuxRep surpasses recent methods, achieving an 8.2% F1,mic-14 CheXbert improvement on MIMIC-CXR.")
    assert not {k for k in keys(e, "Model") if "mic14" in k}
    assert "Model/chexbert" in keys(e, "Model")


def test_a_siamese_known_model_is_that_model_and_aupr_is_a_metric(vocabulary):
    e = run(
        vocabulary,
        "Binocular fundus classification",
        "Our framework leverages weight-shared Siamese ResNet-152 backbones on paired fundus pictures. "
        "It reaches comparable AUPR (Area under Precision-Recall curve) scores on IDRiD dataset.",
    )
    assert keys(e, "Model") == {"Model/resnet-152"}
    assert "Modality/fundus-photography" in keys(e, "Modality")


def test_a_name_and_a_year_is_the_same_dataset_as_the_name_alone_in_one_paper(vocabulary):
    e = run(vocabulary, "Nuclei", "We summarize the MoNuSeg 2018 Challenge. On MoNuSeg, the best team reached 0.8 Dice.")
    assert keys(e, "Dataset") == {"Dataset/monuseg"}
    e = run(vocabulary, "Breast ultrasound", "We train on QuuxUS2023. On QuuxUS, our method reaches 0.8 Dice.")
    assert len(keys(e, "Dataset")) == 1
    # two editions of one known name stay two
    e = run(vocabulary, "Fetal brain", "We compare the MoNuSeg 2018 and MoNuSeg 2020 datasets with MoNuSeg.")
    assert len(keys(e, "Dataset")) == 3


def test_capitalised_words_after_a_comma_that_end_in_a_head_noun_say_what_the_name_is(vocabulary):
    e = run(
        vocabulary,
        "Tooth segmentation",
        "We first compile QuuxToothset, Multi-Source Quux Tooth DataSet for clinical dental CBCT, which contains data from three sources.",
    )
    assert "Dataset/name:quuxtoothset" in keys(e, "Dataset")
    # a phrase going on with "of" is an organisation's name, no head of the name before it
    e = run(vocabulary, "Foreign objects", "We use 400 images hosted by QUUXBC, U.S National Library of Medicine (NLM), we achieve 91% accuracy.")
    assert not {k for k in keys(e, "Model") if "quuxbc" in k}


def test_a_name_given_with_denoted_as_is_the_papers_model_and_takes_its_results(vocabulary):
    e = run(
        vocabulary,
        "A parallel network for segmentation",
        "In this paper, we propose a generic novel deep medical segmentation framework, denoted as Ψquux. "
        "We have evaluated the proposed Ψquux on Kvasir-SEG and CVC-ClinicDB. "
        "The proposed model demonstrates superior performance to advanced SOTA models, such as U-Net and BCDU-Net.",
    )
    assert "Model/name:ψquux" in keys(e, "Model")
    assert ("Model/name:ψquux", "Dataset/kvasir-seg") in links(e, "evaluatedOn")


def test_the_physionet_ecg_challenges_and_the_tuh_abnormal_eeg_corpus_are_known_datasets(vocabulary):
    e = run(vocabulary, "Atrial fibrillation", "The model was evaluated on the test set of the Computing in Cardiology Challenge 2017 dataset.")
    assert keys(e, "Dataset") == {"Dataset/physionet-cinc-2017"}
    e = run(vocabulary, "ECG classification", "We combine the openly available PhysioNet/CinC Challenge 2021 and PTB-XL datasets.")
    assert keys(e, "Dataset") == {"Dataset/physionet-cinc-2021", "Dataset/ptb-xl"}
    e = run(vocabulary, "Abnormal EEG", "Evaluated on the TUH Abnormal EEG Corpus, the proposed model achieves 85% accuracy.")
    assert keys(e, "Dataset") == {"Dataset/tuab"}


def test_a_long_form_that_ends_a_known_terms_word_gives_its_short_form_no_other_meaning(vocabulary):
    e = run(vocabulary, "Seizure detection", "Encephalography (EEG) is a generally utilized clinical approach for recording brain activity.")
    assert "Modality/eeg" in keys(e, "Modality")
    assert not keys(e, "Model")


def test_a_name_given_may_open_on_a_digit(vocabulary):
    e = run(
        vocabulary,
        "Atrial fibrillation detection",
        "A combination of an 8-layer CNN with a shortcut connection and 1-layer LSTM, named 7QSL, was proposed for ECG classification. "
        "In particular, 7QSL includes eight shortcut connections.",
    )
    assert "Model/name:7qsl" in keys(e, "Model")
    # a number opening a word names nothing by itself
    e = run(vocabulary, "Atrial fibrillation detection", "An 8-layer CNN and a 1-layer LSTM were trained on 3D volumes.")
    assert not open_names(e)


def test_a_sign_or_an_open_bracket_inside_a_word_makes_it_no_name(vocabulary):
    e = run(
        vocabulary,
        "Cardiac sarcoidosis",
        "Eighteen CMR-positive (CMR(+), 64 years) patients were compared with CMR(-) patients; RF and Voting classifier "
        "separated CTRL vs. CMR(+) vs. CMR(-), with rates of 30% versus 20% (P≥.99).",
    )
    assert not {m.text for m in e.mentions if m.type in ("Model", "Dataset") and ("(" in m.text or "≥" in m.text)}


def test_acute_lymphoblastic_leukaemia_abbreviated_names_no_model(vocabulary):
    e = run(
        vocabulary,
        "Diagnosing acute lymphoblastic leukemia",
        "Acute Lymphoblastic Leukemia (ALL) is a common childhood cancer. We introduced a novel pipeline for diagnosing ALL that reaches 96% accuracy.",
    )
    assert not {k for k in keys(e, "Model") | keys(e, "Dataset") if k.endswith("/name:all")}


def test_a_capitalised_word_and_number_coordinated_with_a_known_dataset_is_a_dataset(vocabulary):
    # a name spelt in its own case ("Brats-19" for BraTS 2019) is still the known dataset
    e = run(vocabulary, "Semi-supervised segmentation", "Experiments on the publicly available Pancreas-CT and Brats-19 datasets show gains.")
    assert {"Dataset/pancreas-ct", "Dataset/brats-2019"} <= keys(e, "Dataset")
    e = run(vocabulary, "Video action recognition", "We pretrain on KiTS and Kinetics-600 datasets before fine-tuning.")
    assert "Dataset/name:kinetics600" in keys(e, "Dataset")


def test_a_venue_and_year_after_a_capitalised_article_name_a_challenges_data(vocabulary):
    e = run(vocabulary, "Multiple sclerosis lesions segmentation from multiple experts: The MICCAI 2016 challenge dataset", "We describe the data.")
    assert keys(e, "Dataset") == {"Dataset/name:miccai2016"}
    e = run(vocabulary, "Lesion segmentation", "The ISBI 2015 dataset was used to train the network.")
    assert keys(e, "Dataset") == {"Dataset/name:isbi2015"}


def test_a_family_label_read_across_a_bracketed_edition_is_the_edition(vocabulary):
    """'the Kidney Tumor Segmentation (KiTS19) Challenge': the family's label, read across the
    bracket, holds the edition's name, and the edition is what the paper evaluated on."""
    e = run(vocabulary, "Kidney tumour segmentation", "We trained a 3D U-Net and evaluated it on the Kidney Tumor Segmentation (KiTS19) Challenge data.")
    assert keys(e, "Dataset") == {"Dataset/kits19"}


@pytest.mark.parametrize(
    ("sentence", "key", "surface"),
    [
        ("Our method placed fourth in the ISBI 2017 Liver Tumor Segmentation Challenge by the deadline.", "Dataset/lits", "ISBI 2017 Liver Tumor Segmentation Challenge"),
        ("We evaluate on the MICCAI2018 LA challenge dataset.", "Dataset/la-2018", "MICCAI2018 LA challenge"),
    ],
)
def test_a_venue_and_year_before_a_known_dataset_are_part_of_its_name(vocabulary, sentence, key, surface):
    """Where a challenge was held names no dataset of its own: the words are the known one's name as
    the paper writes it."""
    e = run(vocabulary, "Segmentation challenge", sentence)
    assert keys(e, "Dataset") == {key}
    assert {m.text for m in e.mentions if m.key == key} == {surface}


def test_a_venue_before_a_known_name_that_goes_on_leaves_the_edition_named(vocabulary):
    e = run(vocabulary, "Lesion segmentation in PET/CT", "Our approach secured first place in the MICCAI autoPET IV challenge.")
    assert keys(e, "Dataset") == {"Dataset/name:autopetiv"}


@pytest.mark.parametrize(
    "sentence, named, not_named",
    [
        # a kind of learning, though it is learned on features (a finding noun when it heads a long form)
        ("We propose Quux Instance Learning on Precomputed Features (QIL-PF), a scalable framework for slide classification.", {"qilpf"}, set()),
        # and an organisation's long form stays no name where a place follows its head noun (a guard)
        ("Scans came from the Radiological Society of Quuxland (RSQ) and were labelled by two readers.", set(), {"rsq"}),
    ],
)
def test_a_long_forms_head_is_its_noun_before_a_preposition(vocabulary, sentence, named, not_named):
    e = run(vocabulary, "Slide and scan classification", sentence)
    assert named <= open_names(e)
    assert not (not_named & open_names(e))


@pytest.mark.parametrize("phrase", ["a publicly available dataset, named QuuxMed,", "a new dataset named QuuxMed"])
def test_the_noun_a_name_is_given_to_types_it_whatever_its_shape(vocabulary, phrase):
    """'-Med' ends many models' names (LLaVA-Med), but a dataset named so is a dataset."""
    e = run(vocabulary, "Volumetric COVID-19 classification", f"We evaluate all experiments on {phrase} having binary partitions.")
    assert "quuxmed" in open_names(e, "Dataset")
    assert "quuxmed" not in open_names(e, "Model")


def test_what_a_performance_is_of_is_a_method_where_the_name_ends_the_phrase(vocabulary):
    """'improving the performance of S2L, which ...' measures a method; 'the accuracy of QPM diagnosis'
    measures a diagnosis of a disease the initials name."""
    e = run(
        vocabulary,
        "Scribble-supervised cell segmentation",
        "Recently, Scribble2Label (S2L) showed that scribbles suffice. "
        "Our contrastive term is effective in improving the performance of S2L, which is comparable to full supervision.",
    )
    assert "s2l" in open_names(e, "Model")
    disease = run(vocabulary, "Pleural CT analysis", "This system improves the accuracy of QPM diagnosis on chest CT.")
    assert not open_names(disease)


def test_a_long_form_less_the_edition_its_short_form_carries_names_that_edition(vocabulary):
    """'the Segment Anything Model (SAM 2)' is SAM 2 alone (one node), not also the SAM it is a version of;
    '(Task 3)' after a challenge numbers a part of it, no edition of a name."""
    e = run(vocabulary, "Polyp segmentation", "We integrate the Segment Anything Model (SAM 2) with the YOLOv8 model for polyps.")
    assert "Model/sam-2" in keys(e, "Model") and "Model/sam" not in keys(e, "Model")
    task = run(vocabulary, "Skin lesion diagnosis", "We describe our submission to the ISIC 2018 challenge for skin lesion diagnosis (Task 3).")
    assert not open_names(task)
