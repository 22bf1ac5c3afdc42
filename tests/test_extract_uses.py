"""Model -> dataset links (trainedOn, evaluatedOn) read from sentences that refer to the paper's own model."""

import pytest

from extracting import keys, links, run
from kg.evidence import PAPER


def uses(extraction):
    return links(extraction, "trainedOn") | links(extraction, "evaluatedOn")


def test_our_model_beside_a_named_one_is_evaluated_too(vocabulary):
    e = run(
        vocabulary,
        "QuuxNet: Fast Nuclei Segmentation",
        "We present QuuxNet, a compact network for nuclei segmentation in histopathology. "
        "We show that our model achieved results comparable to nnU-Net on the public GlimDB dataset.",
    )
    assert ("Model/name:quuxnet", "Dataset/name:glimdb") in uses(e)
    assert ("Model/nnu-net", "Dataset/name:glimdb") in uses(e)
    (link,) = [l for l in e.links if l.subject == "Model/name:quuxnet" and l.object == "Dataset/name:glimdb"]
    assert link.rule == "evaluatedOn-own-reference"


def test_the_proposed_method_outperforming_a_named_one(vocabulary):
    e = run(
        vocabulary,
        "ZorbReg: Mask-Guided Registration",
        "We propose ZorbReg for deformable registration of brain MRI. "
        "The proposed method outperforms VoxelMorph on a public brain MRI dataset (GlimDB).",
    )
    assert ("Model/name:zorbreg", "Dataset/name:glimdb") in uses(e)


def test_exceeding_the_state_of_the_art_on_datasets_is_an_evaluation_on_them(vocabulary):
    e = run(
        vocabulary,
        "QuuxNet: Multi-task skin lesion analysis",
        "We propose QuuxNet, a transformer for joint lesion segmentation and classification in dermoscopy. "
        "Our QuuxNet exceeds the previous state of the art for both tasks in ISIC-2017 and PH2.",
    )
    assert {("Model/name:quuxnet", "Dataset/isic-2017"), ("Model/name:quuxnet", "Dataset/ph2")} <= uses(e)


def test_generalizing_to_datasets_is_an_evaluation_on_them(vocabulary):
    e = run(
        vocabulary,
        "QuuxSeg: Optic disc and cup segmentation",
        "We propose QuuxSeg for joint optic disc and cup segmentation in fundus images. "
        "In addition, QuuxSeg shows strong generalization on the DRISHTI-GS and REFUGE datasets.",
    )
    assert {("Model/name:quuxseg", "Dataset/name:drishtigs"), ("Model/name:quuxseg", "Dataset/refuge")} <= links(e, "evaluatedOn")


def test_a_new_state_of_the_art_on_a_dataset_is_an_evaluation_on_it(vocabulary):
    e = run(
        vocabulary,
        "QuuxRad: Grounded report generation",
        "We introduce QuuxRad, a multimodal model for chest X-ray reports. "
        "We demonstrate that these inputs improve report quality, establishing a new state of the art on MIMIC-CXR.",
    )
    assert ("Model/name:quuxrad", "Dataset/mimic-cxr") in uses(e)


def test_a_papers_own_model_trained_with_no_data_named_is_trained_on_its_own_dataset(vocabulary):
    abstract = (
        "First, we collect Quux700k, the largest corpus of endoscopic images. "
        "Next, we introduce QuuxViT, an endoscopy-pretrained vision transformer, and evaluate it on downstream tasks."
    )
    e = run(vocabulary, "QuuxViT: pretraining on endoscopic images", abstract)
    assert links(e, "trainedOn") == {("Model/name:quuxvit", "Dataset/name:quux700k")}
    # training data named elsewhere is what it was trained on
    e = run(vocabulary, "QuuxViT: pretraining on endoscopic images", abstract + " QuuxViT is pretrained on ImageNet.")
    assert ("Model/name:quuxvit", "Dataset/name:quux700k") not in links(e, "trainedOn")


def test_a_named_model_alone_does_not_bring_in_the_papers_own(vocabulary):
    e = run(
        vocabulary,
        "QuuxNet: Fast Nuclei Segmentation",
        "We present QuuxNet, a compact network for nuclei segmentation in histopathology. "
        "Earlier work trained nnU-Net on the GlimDB dataset.",
    )
    assert ("Model/name:quuxnet", "Dataset/name:glimdb") not in uses(e)


def test_an_unattributed_experiment_is_the_sole_introduced_models(vocabulary):
    e = run(
        vocabulary,
        "QuuxGen: End-to-End Report Generation",
        "Writing radiology reports is slow. "
        "We design an end-to-end transformer that writes chest X-ray reports. "
        "The experiments have been conducted using the GlimDB database, the largest available chest X-ray dataset.",
    )
    (link,) = [l for l in e.links if l.subject == "Model/name:quuxgen" and l.object == "Dataset/name:glimdb"]
    assert link.relation == "evaluatedOn" and link.rule == "evaluatedOn-sole-model" and link.sentence == 3


def test_a_metric_reported_on_a_dataset_is_an_evaluation_on_it(vocabulary):
    e = run(
        vocabulary,
        "QuuxMIL: Correlated Instances for Slide Classification",
        "We devise QuuxMIL, a transformer for whole slide image classification. "
        "The AUC for cancer subtyping can be up to 96.03% and 98.82% over GlimDB and ZorbPath, respectively.",
    )
    assert {("Model/name:quuxmil", "Dataset/name:glimdb"), ("Model/name:quuxmil", "Dataset/name:zorbpath")} <= links(e, "evaluatedOn")


def test_an_unattributed_sentence_before_the_papers_own_work_is_background(vocabulary):
    e = run(
        vocabulary,
        "QuuxGen: End-to-End Report Generation",
        "Results on the GlimDB database were reported widely. "
        "We design an end-to-end transformer that writes chest X-ray reports.",
    )
    assert not uses(e)


def test_an_abstract_with_no_own_work_cue_has_no_background(vocabulary):
    # written in the passive throughout, with no "we": all of it is the paper's own work
    e = run(
        vocabulary,
        "Prediction of amyloid status from MRI",
        "Amyloid PET is costly. Multi-contrast MRI was retrospectively obtained from two public datasets: "
        "ADNI and OASIS3. Two EfficientNet models were trained to predict amyloid positivity.",
    )
    assert {("Model/efficientnet", "Dataset/adni"), ("Model/efficientnet", "Dataset/oasis-3")} <= uses(e)


def test_no_sole_model_when_the_paper_introduces_two(vocabulary):
    e = run(
        vocabulary,
        "Two new report generators",
        "We propose QuuxGen and ZorbGen, two transformers that write chest X-ray reports. "
        "The experiments have been conducted using the GlimDB database.",
    )
    assert not uses(e)


def test_the_proposed_method_is_the_model_its_proposal_names(vocabulary):
    e = run(
        vocabulary,
        "Detecting lesions in mammograms with deep learning",
        "Deep networks have been a success in image recognition. "
        "We propose a detection system based on Faster R-CNN. "
        "The proposed method sets the state of the art classification performance on the public GlimDB database.",
    )
    assert ("Model/faster-r-cnn", "Dataset/name:glimdb") in uses(e)


def test_a_proposal_naming_several_models_leaves_the_method_open(vocabulary):
    e = run(
        vocabulary,
        "Convolutional networks for skin lesion classification",
        "Three CNN models based on DenseNet-201 and Inception-V3 are proposed and compared. "
        "Finally, the best model is tested on the GlimDB dataset.",
    )
    assert not uses(e)


def test_a_known_name_inside_a_later_mention_of_a_new_name_is_no_model_of_its_own(vocabulary):
    e = run(
        vocabulary,
        "QuuxTr-Unet: a CNN-Transformer Network for Brain Tumor Segmentation",
        "We propose a combined model for brain tumor segmentation on MRI. "
        "Our QuuxTr-Unet achieves good performance on the GlimDB validation dataset.",
    )
    assert ("Model/name:quuxtrunet", "Dataset/name:glimdb") in uses(e)
    assert not [l for l in e.links if l.object == "Dataset/name:glimdb" and l.subject != "Model/name:quuxtrunet" and l.subject != "paper"]
    assert not [m for m in e.mentions if m.key == "Model/u-net"]


def test_an_em_dash_without_spaces_parts_the_names_of_a_list(vocabulary):
    e = run(
        vocabulary,
        "QuuxPolyp: A Contrastive Network for Polyp Segmentation",
        "We propose QuuxPolyp, a polyp segmentation network. "
        "Extensive experiments on three benchmark datasets—GlimDB, ZorbSet, and KappaDB—demonstrate that QuuxPolyp outperforms state-of-the-art methods.",
    )
    datasets = {l.object for l in e.links if l.subject == "Model/name:quuxpolyp" and l.relation == "evaluatedOn"}
    assert datasets == {"Dataset/name:glimdb", "Dataset/name:zorbset", "Dataset/name:kappadb"}
    (glim,) = [m for m in e.mentions if m.key == "Dataset/name:glimdb"]
    assert e.paper.text[glim.start : glim.end] == "GlimDB"


def test_any_word_for_a_model_refers_to_the_papers_own(vocabulary):
    e = run(
        vocabulary,
        "Arrhythmia Classification with 2-D Convolutional Networks",
        "We propose QuuxECG and ZorbECG, two deep classifiers of ECG beats rendered as images. "
        "ECG recordings from the GlimDB arrhythmia database were used for the evaluation of the classifiers.",
    )
    assert {("Model/name:quuxecg", "Dataset/name:glimdb"), ("Model/name:zorbecg", "Dataset/name:glimdb")} <= links(e, "evaluatedOn")


def test_the_name_after_an_opening_phrase_on_benchmarks_is_its_subject_not_a_dataset(vocabulary):
    e = run(
        vocabulary,
        "Context-encoding Quux Autoencoder for Unsupervised Anomaly Detection",
        "We address these shortcomings by proposing the Context-encoding Quux Autoencoder (ceQAE). "
        "In our experiments on the GlimDB-2017 and ZorbDB-2015 segmentation benchmarks, the ceQAE achieves ROC-AUCs of 0.95 and 0.89.",
    )
    assert "Model/name:ceqae" in {m.key for m in e.mentions}
    assert not [m for m in e.mentions if m.key == "Dataset/name:ceqae"]
    assert {("Model/name:ceqae", "Dataset/name:glimdb2017"), ("Model/name:ceqae", "Dataset/name:zorbdb2015")} <= uses(e)


def test_results_surpassing_a_named_model_are_the_papers_own(vocabulary):
    e = run(
        vocabulary,
        "Instrument Segmentation in Video with Point Tracking and Segment Anything",
        "We present a framework that combines an online point tracker with a lightweight SAM model. "
        "The quantitative results surpass the state-of-the-art method XMem on the GlimDB 2015 dataset.",
    )
    assert ("Model/sam", "Dataset/name:glimdb2015") in uses(e)


def test_a_sentence_naming_the_papers_own_model_does_not_add_another(vocabulary):
    e = run(
        vocabulary,
        "Generalised Medical Phrase Grounding",
        "We introduce the first grounding model: QuuxGrounder. "
        "Experiments on GlimDB show that QuuxGrounder outperforms nnU-Net baselines.",
    )
    assert {m for m, d in uses(e) if d == "Dataset/name:glimdb"} == {"Model/name:quuxgrounder", "Model/nnu-net"}


def test_the_short_form_of_a_task_spelled_in_lower_case_names_no_dataset(vocabulary):
    e = run(
        vocabulary,
        "Progressively Normalized Attention for Video Polyp Segmentation",
        "Existing video polyp segmentation (VPS) models typically employ convolutional neural networks. "
        "We propose the novel QuuxPNS-Net for polyp videos. "
        "Experiments on challenging VPS datasets demonstrate that the proposed QuuxPNS-Net achieves state-of-the-art performance.",
    )
    assert not [m for m in e.mentions if "name:vps" in m.key]
    assert not uses(e)


def test_a_task_long_form_capitalised_only_as_the_sentences_first_word_still_names_a_task(vocabulary):
    e = run(
        vocabulary,
        "Region-phrase contrast for grounding",
        "Medical phrase grounding (MPG) locates the region a phrase describes. "
        "We propose QuuxRPG, an end-to-end approach for MPG. "
        "Experiments on the GlimDB dataset show that QuuxRPG outperforms existing MPG models.",
    )
    assert not [m for m in e.mentions if "name:mpg" in m.key]
    assert ("Model/name:mpg", "Dataset/name:glimdb") not in uses(e)


def test_models_employed_with_a_dataset_use_it(vocabulary):
    e = run(
        vocabulary,
        "Mass detection in mammograms",
        "We employed the CBIS-DDSM dataset and various CNN models, including YOLOv8 for mass detection.",
    )
    assert ("Model/yolov8", "Dataset/cbis-ddsm") in uses(e)


def test_a_model_implemented_on_datasets_is_evaluated_on_them(vocabulary):
    e = run(
        vocabulary,
        "Leaking images from federated learning",
        "We propose a novel attack named QuuxLeak. We implement QuuxLeak on the MedMNIST and GlimDB datasets.",
    )
    assert {("Model/name:quuxleak", "Dataset/medmnist"), ("Model/name:quuxleak", "Dataset/name:glimdb")} <= uses(e)


def test_a_study_with_one_dataset_evaluates_the_models_it_names_on_it(vocabulary):
    e = run(
        vocabulary,
        "Breast tumour segmentation using a combination of U-Net and ResNet models",
        "Breast tumours are hard to delineate. We use the public GlimDB dataset to train a segmentation network. "
        "The network combines encoders such as ResNet and DenseNet.",
    )
    found = uses(e)
    assert {("Model/u-net", "Dataset/name:glimdb"), ("Model/resnet", "Dataset/name:glimdb"), ("Model/densenet", "Dataset/name:glimdb")} <= found
    (link,) = [l for l in e.links if l.subject == "Model/densenet" and l.object == "Dataset/name:glimdb"]
    assert link.rule == "evaluatedOn-sole-dataset" and link.confidence < 0.6


def test_a_pretraining_source_is_no_sole_dataset_models_ran_on(vocabulary):
    """'across four well-established medical imaging datasets', none named; ImageNet is named only as
    what models are pre-trained on: SAM and BLIP were not evaluated on it."""
    e = run(
        vocabulary,
        "Are natural domain foundation models useful for medical image classification?",
        "We evaluate five foundation models, namely SAM, SEEM, DINOv2, BLIP, and OpenCLIP across four well-established medical imaging datasets. "
        "We explore different training settings. DINOv2 consistently outperforms the standard practice of ImageNet pretraining.",
    )
    assert not {pair for pair in uses(e) if pair[0] in ("Model/sam", "Model/blip")}


def test_a_dataset_named_as_what_a_model_was_pretrained_on_leaves_the_paper_one_dataset(vocabulary):
    """'a localizer fine-tuned from AlexNet pre-trained on ImageNet ... In the KiTS19 Challenge': ImageNet
    is where AlexNet's weights came from, so the paper's experiments ran on its one other dataset, and
    the U-Net trained there was run on it (not on ImageNet)."""
    e = run(
        vocabulary,
        "Segmentation of kidney and renal tumor in CT scans",
        "A localizer was fine-tuned from AlexNet pre-trained on ImageNet. A simple U-net was trained to delineate the kidney. "
        "In the 2019 MICCAI Kidney Tumor Segmentation (KiTS19) Challenge, 5-fold cross-validation was performed on the training set.",
    )
    found = uses(e)
    assert ("Model/u-net", "Dataset/kits19") in found
    assert ("Model/u-net", "Dataset/imagenet") not in found
    assert ("Model/alexnet", "Dataset/imagenet") in found


def test_a_study_running_one_named_model_runs_it_on_each_dataset_it_uses(vocabulary):
    """The model is named in one sentence, each dataset in another, with no model beside it."""
    e = run(
        vocabulary,
        "Glioma segmentation in intraoperative ultrasound: a multicenter study",
        "Intraoperative ultrasound helps neurosurgeons. This study aims to develop a model for glioma segmentation. "
        "We collected images from the GlimDB and ZorbDB datasets. A CNN was trained using the nnU-Net framework. "
        "External validation was performed on the QuuxDB database. The model achieved a median DSC of 0.90.",
    )
    found = uses(e)
    assert ("Model/nnu-net", "Dataset/name:quuxdb") in found
    (link,) = [l for l in e.links if l.subject == "Model/nnu-net" and l.object == "Dataset/name:quuxdb"]
    assert link.rule == "evaluatedOn-sole-model" and link.confidence < 0.6


def test_datasets_of_a_study_of_several_models_are_not_given_to_one(vocabulary):
    e = run(
        vocabulary,
        "Comparing networks for glioma segmentation",
        "This study compares networks for glioma segmentation. A CNN was trained using the nnU-Net framework. "
        "SwinUNETR was trained the same way. External validation was performed on the QuuxDB database. "
        "Both were tested on the ZorbDB cohort.",
    )
    assert not {link for link in uses(e) if link[1] == "Dataset/name:quuxdb"}
    assert "evaluatedOn-sole-model" not in {l.rule for l in e.links}


def test_a_derivation_cue_in_a_bracketed_aside_leaves_the_sole_dataset_used(vocabulary):
    """'(based on histopathologic criteria)' speaks of the cohort's labels: the dataset is still the
    study's data, not only a source other data is built on."""
    e = run(
        vocabulary,
        "Radiomics to predict IDH1 mutation status",
        "We used 119 patients' data from the neuro glioma imaging archive (based on histopathologic criteria) (NGIA) public database. "
        "A support vector machine (SVM) classifier was employed to predict the mutation status.",
    )
    assert ("Model/svm", "Dataset/name:ngia") in uses(e)


def test_an_evaluation_study_opening_on_its_datasets_evaluates_the_models_on_them(vocabulary):
    e = run(
        vocabulary,
        "Systematic analysis of vision-language models for medical VQA",
        "We investigate how three VLMs, ViLT, BLIP and MiniCPM-V-2, perform when evaluated on radiology. "
        "Using SLAKE and GlimVQA-Mini, we construct harmonised subsets for CT and MRI. "
        "We first benchmark all models in a zero-shot setting.",
    )
    models = {"Model/name:vilt", "Model/blip", "Model/name:minicpmv2"}
    assert {(model, dataset) for model in models for dataset in ("Dataset/slake", "Dataset/name:glimvqamini")} <= uses(e)


def test_no_model_is_tied_to_a_dataset_the_paper_does_not_use_or_to_one_of_several(vocabulary):
    named_only = run(
        vocabulary,
        "Breast tumour segmentation",
        "We segment breast tumours in ultrasound. The network combines encoders such as ResNet and DenseNet. GlimDB is a dataset.",
    )
    assert not uses(named_only)
    two = run(
        vocabulary,
        "Breast tumour segmentation",
        "We train a network on the GlimDB dataset and test it on the FrobDB dataset. Its encoder is ResNet.",
    )
    assert not {pair for pair in uses(two) if pair[0] == "Model/resnet"}


def test_a_paper_with_its_own_model_ties_no_other_model_to_its_dataset(vocabulary):
    e = run(
        vocabulary,
        "QuuxNet: Breast Tumour Segmentation",
        "We propose QuuxNet and train it on the GlimDB dataset. Its encoder is ResNet.",
    )
    assert ("Model/name:quuxnet", "Dataset/name:glimdb") in uses(e)
    assert ("Model/resnet", "Dataset/name:glimdb") not in uses(e)


def test_a_dataset_used_to_train_before_any_model_is_named_is_the_studys(vocabulary):
    e = run(
        vocabulary,
        "Polyp detection with deep learning",
        "This study compares detection architectures. The GlimDB polyp dataset was used to train and validate the detectors. "
        "Well-defined architectures such as YOLOv4 and DETR were compared.",
    )
    assert {("Model/yolov4", "Dataset/name:glimdb"), ("Model/detr", "Dataset/name:glimdb")} <= uses(e)


def test_models_are_not_tied_to_a_dataset_only_a_verb_made_one_nor_through_x_based(vocabulary):
    weak = run(
        vocabulary,
        "Lesion grounding in PET/CT",
        "We compare DETR with nnU-Net. Performance dropped on GLIMX (F1=0.58).",
    )
    assert not uses(weak)
    based = run(
        vocabulary,
        "Cervical cytology screening",
        "We use a UNet-based model to segment cells. The classifier, trained on the GlimDB dataset, sorts five cell types.",
    )
    assert ("Model/u-net", "Dataset/name:glimdb") not in uses(based)


def test_a_model_named_as_a_component_is_not_tied_to_the_studys_dataset(vocabulary):
    e = run(
        vocabulary,
        "Brain tumour segmentation",
        "We train a segmentation network on the GlimDB dataset. Its Swin Transformer blocks aggregate global context, "
        "and it is compared with nnU-Net.",
    )
    assert ("Model/nnu-net", "Dataset/name:glimdb") in uses(e)
    assert ("Model/swin-transformer", "Dataset/name:glimdb") not in uses(e)


def test_models_trained_in_a_paper_with_one_dataset_are_trained_on_it(vocabulary):
    e = run(
        vocabulary,
        "Staging knee osteoarthritis from radiographs",
        "We propose a fully automated algorithm for grading osteoarthritis. "
        "Knee radiographs were collected from the QuuxKnee dataset (age = 61.2 years). "
        "The knee joints were localized using a U-Net model. "
        "These localized images were used to train an ensemble of DenseNet architectures.",
    )
    assert {("Model/u-net", "Dataset/name:quuxknee"), ("Model/densenet", "Dataset/name:quuxknee")} <= uses(e)


def test_a_dataset_named_only_as_what_new_data_is_built_on_is_not_used(vocabulary):
    e = run(
        vocabulary,
        "Teeth segmentation in panoramic X-rays",
        "This article offers a pipeline of two deep learning models, U-Net and YOLOv8. "
        "The networks have been evaluated using the dice coefficient. "
        "A new Dental dataset was created based on the QuuxDent dataset with polygon annotations.",
    )
    assert not uses(e)


def test_models_a_paper_benchmarks_against_are_compared_not_introduced(vocabulary):
    e = run(
        vocabulary,
        "MRI-to-CT synthesis using drifting models",
        "In this work, we investigate recently proposed drifting models for synthesizing pelvis CT images from MRI and "
        "benchmark them against convolutional neural networks (UNet), a generative adversarial network (WGAN-GP), and "
        "diffusion-based methods (FastDDPM). Experiments are performed on two complementary datasets: Gold Atlas Male Pelvis "
        "and the QuuxRAD2023 pelvis subset.",
    )
    assert not links(e, "introduces")
    assert {("Model/name:wgangp", "Dataset/name:quuxrad2023"), ("Model/u-net", "Dataset/name:quuxrad2023")} <= uses(e)


def test_models_compared_in_one_sentence_are_evaluated_on_the_datasets_named_together_in_another(vocabulary):
    e = run(
        vocabulary,
        "MRI-to-CT synthesis with drifting models",
        "We investigate drifting models for synthesizing pelvis CT images from MRI and benchmark them against "
        "convolutional neural networks (UNet) and a generative adversarial network (WGAN-GP). "
        "Experiments are performed on two complementary datasets: the GlimDB dataset and the QuuxRAD2023 pelvis subset.",
    )
    assert {("Model/name:wgangp", "Dataset/name:glimdb"), ("Model/name:wgangp", "Dataset/name:quuxrad2023")} <= uses(e)


def test_the_models_a_method_runs_are_evaluated_on_each_of_the_datasets_it_is_validated_on(vocabulary):
    """Readers list each model of an unnamed method with each dataset it is validated on, as they do
    for one dataset; a model named as a part ('Its encoder is ResNet') is built on, not run."""
    e = run(
        vocabulary,
        "Classification of histopathological biopsy images using an ensemble of deep learning networks",
        "The proposed ensemble adapts three pre-trained CNNs, namely VGG19, MobileNet, and DenseNet. "
        "The proposed method is validated on two public datasets, BreakHis and PatchCamelyon.",
    )
    found = uses(e)
    assert {(model, dataset) for model in ("Model/vgg-19", "Model/mobilenet", "Model/densenet") for dataset in ("Dataset/breakhis", "Dataset/pcam")} <= found
    part = run(
        vocabulary,
        "Chest X-ray report generation",
        "We propose a report generator trained with a reward. Its encoder is ResNet. "
        "We conduct experiments on the public MIMIC-CXR and IU X-ray datasets.",
    )
    assert not {pair for pair in uses(part) if pair[0] == "Model/resnet"}


def test_a_winning_solution_to_a_challenge_was_evaluated_on_its_data(vocabulary):
    e = run(
        vocabulary,
        "Identifying melanoma with a QuuxNet ensemble: winning solution to the QX-ISIC Melanoma Classification Challenge",
        "We present an ensemble of CNN models with different backbones and input sizes.",
    )
    assert ("Model/name:quuxnet", "Dataset/name:qxisicmelanomaclassificationchallenge") in links(e, "evaluatedOn")
    e = run(vocabulary, "Brain age prediction", "We propose QuuxFCN, a lightweight network. QuuxFCN also won the 2019 Glim Analysis Challenge.")
    assert ("Model/name:quuxfcn", "Dataset/name:2019glimanalysischallenge") in links(e, "evaluatedOn")


def test_a_model_right_before_a_use_cue_is_the_one_used_on_the_dataset(vocabulary):
    e = run(
        vocabulary,
        "Predicting microsatellite instability",
        "This study develops a convolutional neural network model, QuuxSight, to predict instability. After QuuxSight "
        "differentiates tumour tiles from normal tiles, features of tumour tiles are extracted with a ResNet model pre-trained on ImageNet.",
    )
    assert ("Model/resnet", "Dataset/imagenet") in uses(e)
    assert not any(model == "Model/name:quuxsight" for model, _ in uses(e))


def test_a_participle_set_off_by_commas_is_said_of_the_model_before_it(vocabulary):
    e = run(
        vocabulary,
        "Atypical mitosis classification",
        "We investigated two backbones: (i) ConvNeXt-Small, pretrained on ImageNet, and (ii) a histopathology-specific ViT "
        "trained via self-supervision. Both were fine-tuned on the MIDOG 2025 data.",
    )
    assert ("Model/name:convnextsmall", "Dataset/imagenet") in links(e, "trainedOn")
    assert not any(model == "Model/vit" for model, _ in links(e, "trainedOn"))
    listed = run(vocabulary, "Fracture classification", "We used VGG16, ResNet50 and DenseNet121, pre-trained on ImageNet, to classify radiographs.")
    assert {model for model, _ in links(listed, "trainedOn")} == {"Model/vgg-16", "Model/resnet-50", "Model/densenet-121"}


def test_a_known_dataset_written_otherwise_is_the_known_one(vocabulary):
    """'ETIS-LARIB' is ETIS-Larib in capitals: typed as a dataset by its list, it is the known
    dataset, with its facts and as sure a name, so the models run on the paper's data use it."""
    e = run(
        vocabulary,
        "Colon polyp segmentation",
        "In this article, we segment colon polyps in colonoscopies. "
        "Four techniques were implemented and evaluated: Mask-RCNN, PANet and Cascade R-CNN. "
        "These were trained and tested using CVC-Colon database, ETIS-LARIB Polyp, and a proprietary dataset.",
    )
    assert "Dataset/etis-larib" in keys(e, "Dataset")
    assert ("Model/mask-r-cnn", "Dataset/etis-larib") in links(e, "evaluatedOn")
    assert any(l.subject == "Dataset/etis-larib" and l.rule == "vocabulary-fact" for l in e.links)


def test_a_known_dataset_under_its_venues_name_is_the_known_one(vocabulary):
    e = run(
        vocabulary,
        "Cardiac segmentation",
        "In the wake of the 2017 MICCAI-ACDC challenge, we report results from nine research groups.",
    )
    assert keys(e, "Dataset") == {"Dataset/acdc"}


def test_datasets_a_benchmark_is_made_from_are_its_sources_not_used_data(vocabulary):
    e = run(
        vocabulary,
        "Quux-Tracker: Soft Tissue Tracking",
        "Our approach, Quux-Tracker, adapts its template. We evaluate our approach on the public SurgT benchmark, "
        "which is generated from Hamlyn, SCARED, and Kidney boundary datasets. Our model also outperforms the "
        "baselines on VQA-RAD, after rigorous filtering and augmentation to address the insufficient difficulty of "
        "existing benchmarks like MedQA.",
    )
    assert links(e, "derivedFrom") == {("Dataset/surgt", "Dataset/hamlyn"), ("Dataset/surgt", "Dataset/scared")}
    assert ("Model/name:quuxtracker", "Dataset/surgt") in uses(e)
    assert not {("Model/name:quuxtracker", "Dataset/hamlyn"), ("Model/name:quuxtracker", "Dataset/scared")} & uses(e)


def test_a_paper_run_on_a_benchmark_made_for_one_task_addresses_that_task(vocabulary):
    e = run(
        vocabulary,
        "MedTrinity-25M: a large-scale multimodal dataset",
        "We introduce MedTrinity-25M, a dataset of 25 million images. Pretraining on MedTrinity-25M, "
        "our model achieves state-of-the-art performance on VQA-RAD and PathVQA.",
    )
    found = [l for l in e.links if l.relation == "addressesTask" and l.object == "Task/vqa"]
    assert len(found) == 1 and found[0].rule == "benchmark-task" and found[0].confidence < 0.9
    # tasks the dataset supports, named in the abstract, leave the benchmark's task the paper's
    e = run(
        vocabulary,
        "MedTrinity-25M: a large-scale multimodal dataset",
        "MedTrinity-25M supports captioning and report generation. Pretraining on MedTrinity-25M, "
        "our model achieves state-of-the-art performance on VQA-RAD and PathVQA.",
    )
    assert any(l.object == "Task/vqa" and l.rule == "benchmark-task" for l in e.links)
    # named, not run on: no task
    e = run(vocabulary, "A survey of medical VLMs", "Datasets such as VQA-RAD and PathVQA were collected from textbooks.")
    assert not any(l.object == "Task/vqa" for l in e.links)


def test_a_list_of_released_artefacts_states_no_use(vocabulary):
    """"a dataset X, a model Y, and a benchmark": 'benchmark' is a head noun here, no use cue; "we benchmark" is."""
    e = run(
        vocabulary,
        "Frontiers in Intelligent Colonoscopy",
        "We establish three initiatives: a multimodal instruction tuning dataset QuuxINST, a colonoscopy-designed multimodal "
        "language model QuuxGPT, and a multimodal benchmark.",
    )
    assert not uses(e)
    e = run(vocabulary, "Quux models on QuuxINST", "We benchmark QuuxGPT on the QuuxINST dataset.")
    assert ("Model/name:quuxgpt", "Dataset/name:quuxinst") in uses(e)


def test_models_effective_on_the_datasets_named_before_were_run_on_each(vocabulary):
    e = run(
        vocabulary,
        "Segmentation of tumours in PET/CT volumes: a benchmark of architectures",
        "The authors analyzed datasets from the AutoPET and HECKTOR challenges. "
        "The results indicate that the V-Net and nnU-Net models were the most effective for their respective datasets.",
    )
    found = uses(e)
    assert {(m, d) for m in ("Model/v-net", "Model/nnu-net") for d in ("Dataset/autopet", "Dataset/hecktor")} <= found
    # one dataset named before is no group to refer back to
    alone = run(vocabulary, "Tumour segmentation", "We analyzed the AutoPET data. The V-Net model was effective on these datasets.")
    assert not uses(alone)
    those = run(vocabulary, "Lymph node segmentation", "CT data came from TCIA and the ELCAP public dataset. The UNet was trained using those datasets.")
    assert {("Model/u-net", "Dataset/tcia"), ("Model/u-net", "Dataset/name:elcap")} <= uses(those)


def test_a_derivation_cue_in_an_aside_derives_nothing_from_the_dataset_after_it(vocabulary):
    e = run(
        vocabulary,
        "Knee radiograph classification",
        "Radiographs of the KneeScan dataset (selected based on clinical criteria) and the MURA dataset were used to train a ResNet-50 classifier.",
    )
    assert {"Dataset/name:kneescan", "Dataset/mura"} <= keys(e, "Dataset")
    assert not links(e, "derivedFrom")



def test_models_and_datasets_taking_turns_pair_in_turn(vocabulary):
    """"Glimfusion was trained and compared with (i) StyleGAN-3 on AIROGS, (ii) ProGAN on CheXpert":
    each compared model ran on its own dataset; the subject before the turns ran on all."""
    e = run(
        vocabulary,
        "Diffusion models beat GANs",
        "We propose Glimfusion, a conditional latent DDPM. Glimfusion was trained and compared with (i) StyleGAN-3 on images "
        "from the AIROGS challenge dataset to generate fundoscopies, (ii) ProGAN on the CheXpert dataset to generate radiographs "
        "and (iii) wGAN on images from the MIMIC-CXR dataset.",
    )
    pairs = uses(e)
    assert {("Model/name:glimfusion", d) for d in ("Dataset/name:airogs", "Dataset/chexpert", "Dataset/mimic-cxr")} <= pairs
    assert ("Model/progan", "Dataset/chexpert") in pairs and ("Model/progan", "Dataset/name:airogs") not in pairs
    assert ("Model/name:wgan", "Dataset/mimic-cxr") in pairs and ("Model/name:wgan", "Dataset/chexpert") not in pairs


def test_a_comparison_between_models_is_no_turn(vocabulary):
    """"ResNet-50 pre-trained on ImageNet outperforms ViT-B on CheXpert": both ran on CheXpert."""
    e = run(vocabulary, "Chest X-ray classification", "In our experiments, ResNet-50 pre-trained on ImageNet outperforms ViT-B on CheXpert.")
    assert {("Model/resnet-50", "Dataset/chexpert"), ("Model/vit-b", "Dataset/chexpert")} <= uses(e)


@pytest.mark.parametrize(
    ("title", "abstract", "known", "runs"),
    [
        (  # the sole dataset is where each compared model was run
            "Comparative analysis of deep learning architectures for macular hole segmentation",
            "This study presents a comprehensive comparison of U-Net variants with different backbones. We evaluated "
            "U-Net combined with VGG16 and MobileNetV2. Models were assessed using the Dice coefficient on the OIMHS dataset.",
            "Model/u-net",
            {("Model/u-net", "Dataset/name:oimhs"), ("Model/vgg-16", "Dataset/name:oimhs"), ("Model/mobilenetv2", "Dataset/name:oimhs")},
        ),
        (  # the paper's one model, the adapted one, was evaluated on the datasets it names
            "Adapters for medical object tracking",
            "We propose QuuxSAM, an adaptation framework for SAM2. This design enables effective fine-tuning of SAM2 on "
            "medical videos. Comprehensive evaluations on TrackRad2025 and EchoNet-Dynamic datasets demonstrate superior performance.",
            "Model/sam-2",
            {("Model/name:quuxsam", "Dataset/echonet-dynamic")},
        ),
    ],
    ids=["evaluation-of", "training-of"],
)
def test_what_an_evaluation_or_a_training_is_of_is_no_introduction(vocabulary, title, abstract, known, runs):
    """'This study presents a comparison of U-Net variants', 'this design enables effective
    fine-tuning of SAM2': the known model is not what the paper introduces, so the uses the paper's
    own work implies are read."""
    e = run(vocabulary, title, abstract)
    assert (PAPER, known) not in links(e, "introduces")
    assert runs <= uses(e)


def test_both_models_or_the_three_backbones_are_the_models_the_sentence_before_names(vocabulary):
    e = run(
        vocabulary,
        "Graph-based surgical scene segmentation",
        "Deep models struggle with occlusions. We compare two encoders, ResNet-50 and a Swin Transformer. "
        "Both models are evaluated on the CholecSeg8k benchmark.",
    )
    assert {("Model/resnet-50", "Dataset/cholecseg8k"), ("Model/swin-transformer", "Dataset/cholecseg8k")} <= uses(e)
    e = run(
        vocabulary,
        "Pneumonia classification",
        "We combine ResNet-50, ConvNeXt and ViT with Grad-CAM explanations. The three backbones were fine-tuned on CheXpert.",
    )
    assert {("Model/resnet-50", "Dataset/chexpert"), ("Model/vit", "Dataset/chexpert")} <= links(e, "trainedOn")


def test_a_group_reference_needs_a_group_the_sentence_before(vocabulary):
    e = run(
        vocabulary,
        "Pneumonia classification",
        "Chest X-rays are read by ResNet-50. Pneumonia is common. These models were trained on CheXpert.",
    )
    assert not any(l.rule.endswith("group-reference") for l in e.links)
    e = run(
        vocabulary,
        "Pneumonia classification",
        "We compare ResNet-50, ConvNeXt and ViT. Both models were trained on CheXpert.",  # 'both' of three names none
    )
    assert not any(l.rule.endswith("group-reference") for l in e.links)


def test_a_sentence_that_uses_named_datasets_gives_them_to_the_models_compared(vocabulary):
    """'The proposed system uses three datasets: A, B, and C', 'scans were collected from eight
    datasets': a verb of using or sourcing whose object is data says the study ran on them, so the
    model the results compare ran on each."""
    abstract = (
        "This study proposes a pipeline for automated glaucoma diagnosis from fundus images. "
        "Methods: The proposed system {verb} three datasets: GlimDB, ZorbDB, and QuuxDB. "
        "Then, the optic disc is segmented with MaskFormer. Results: MaskFormer outperforms all models in segmentation."
    )
    for verb in ("uses", "draws images collected from"):
        e = run(vocabulary, "Glaucoma detection from fundus images", abstract.format(verb=verb))
        assert {("Model/name:maskformer", f"Dataset/name:{name}") for name in ("glimdb", "zorbdb", "quuxdb")} <= uses(e), verb
    # datasets named with no verb of use, as what the field has, were not run on
    e = run(vocabulary, "Glaucoma detection from fundus images", abstract.format(verb="could draw on"))
    assert not uses(e)


def test_our_model_is_the_whole_name_introduced_not_the_initials_read_first(vocabulary):
    """'We introduce BA U-Net': "BA" alone is no model of the paper; the evaluation is of BA U-Net."""
    e = run(
        vocabulary,
        "Bayesian Networks for Brain Tumour Segmentation",
        "We introduce BA U-Net, an uncertainty-aware model for MRI segmentation. "
        "Evaluated on the public GlimDB dataset, our model addresses the need for confidence estimation.",
    )
    assert ("Model/name:baunet", "Dataset/name:glimdb") in uses(e)
    mentioned = {m.key for m in e.mentions}
    assert {l.subject for l in e.links} - {PAPER} <= mentioned


def test_models_built_on_a_named_one_are_compared_as_a_class_not_as_it(vocabulary):
    """'outperforming U-Net-based networks': the results on the datasets are the paper's model's, and
    U-Net's only where it is one model ('a U-Net-based classifier trained on ...')."""
    e = run(
        vocabulary,
        "QuuxNet: text-guided lesion segmentation",
        "We propose QuuxNet, a text-guided segmentation network. "
        "Experimental results on two public datasets (GlimDB and ZorbSet) demonstrate the superior performance of QuuxNet, "
        "consistently outperforming both U-Net-based networks and existing text-guided methods.",
    )
    assert ("Model/name:quuxnet", "Dataset/name:glimdb") in uses(e)
    assert not {pair for pair in uses(e) if pair[0] == "Model/u-net"}
    single = run(vocabulary, "Cell classification", "A U-Net-based classifier was trained on the public GlimDB dataset.")
    assert ("Model/u-net", "Dataset/name:glimdb") in uses(single)
