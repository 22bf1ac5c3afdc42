"""Words that name a task only in a task phrase: a phenomenon, a setting or a code is no task."""

import pytest

from extracting import keys, run


def tasks(vocabulary, abstract):
    return keys(run(vocabulary, "A network for chest radiographs", abstract), "Task")


def test_a_phenomenon_or_a_setting_is_not_a_task(vocabulary):
    found = tasks(
        vocabulary,
        "We train our model with contrast augmentation and a contrastive vision-language encoder. "
        "Our model reduces hallucination and improves factuality in in- and out-of-distribution settings.",
    )
    assert not found & {"Task/hallucination-detection", "Task/ood-detection", "Task/representation-learning", "Task/data-augmentation"}


def test_the_task_phrases_still_name_the_tasks(vocabulary):
    """(Contrastive learning named in the body of a paper on other tasks is a means: the title names it here.)"""
    found = keys(
        run(vocabulary, "Contrastive learning for chest radiographs", "We study hallucination detection, out-of-distribution detection and contrastive learning."),
        "Task",
    )
    assert {"Task/hallucination-detection", "Task/ood-detection", "Task/representation-learning"} <= found


def test_pretraining_and_warm_ups_are_ways_of_training_not_tasks(vocabulary):
    found = tasks(vocabulary, "We test training strategies including pre-training and learning rate warm-ups for AD classification.")
    assert found == {"Task/classification"}


def test_localization_as_an_ability_or_an_error_is_no_task(vocabulary):
    found = tasks(vocabulary, "Transformers have limited localization abilities. Our segmenter reduces localization errors.")
    assert "Task/localization" not in found
    assert "Task/localization" in tasks(vocabulary, "We study the localization of nodules and improve localization ability.")


def test_a_task_word_describing_when_images_were_taken_is_no_task(vocabulary):
    found = tasks(vocabulary, "We identified 2174 consecutive screening mammograms and routinely acquired screening ultrasound images.")
    assert "Task/screening" not in found
    # as a verb with its object, or as a phrase of its own, it is the task
    assert "Task/denoising" in tasks(vocabulary, "We propose a network for denoising CT images.")
    assert "Task/screening" in tasks(vocabulary, "Our model supports breast cancer screening of mammograms.")


def test_diagnosis_codes_are_data_not_a_diagnosis_task(vocabulary):
    found = tasks(vocabulary, "We train our model on chest CT scans paired with EHR diagnosis codes and reports.")
    assert "Task/diagnosis" not in found


def test_keeping_track_of_progress_is_no_tracking_task(vocabulary):
    found = tasks(vocabulary, "We maintain a leaderboard for tracking progress, and keep track of new methods. We also study lesion tracking.")
    assert "Task/tracking" not in tasks(vocabulary, "We maintain a leaderboard for tracking progress and keep track of new methods.")
    assert "Task/tracking" in found


def test_text_image_alignment_is_not_image_registration(vocabulary):
    found = tasks(vocabulary, "We evaluate our model's text-image alignment with expert readers.")
    assert "Task/registration" not in found


def test_spelling_and_verb_variants_name_the_task(vocabulary):
    found = tasks(vocabulary, "Our model can generate radiology reports and performs tumour sub-typing from slides.")
    assert {"Task/report-generation", "Task/classification"} <= found


def test_subtyping_is_classification(vocabulary):
    """Readers name subtyping a disease as classifying it: "lymphoma subtyping" is the classification
    task, one node with the paper's other classification, not a narrower task beside it."""
    found = tasks(vocabulary, "We benchmark models for lymphoma subtyping on H&E slides and classify tumour-free lymph nodes.")
    assert found == {"Task/classification"}


def test_a_task_written_with_of_is_the_task_phrase(vocabulary):
    found = tasks(
        vocabulary,
        "We address the detection and quantification of motion artefacts in brain scans, "
        "and the prediction of their progression over time.",
    )
    assert {"Task/artifact-detection", "Task/disease-progression"} <= found
    # the action noun of any label heads such a phrase, not only a preferred label's ("artifact removal")
    assert "Task/artifact-reduction" in tasks(vocabulary, "Networks tackle the removal of spatial undersampling artifacts.")


def test_an_of_phrase_reads_each_of_two_coordinated_objects(vocabulary):
    """"the detection of cancer subtype or gene mutations" is the detection of gene mutations too: a
    molecular prediction, not a detection of objects."""
    found = tasks(vocabulary, "Such models can assist pathologists in the detection of cancer subtype or gene mutations.")
    assert "Task/molecular-prediction" in found and "Task/detection" not in found
    found = tasks(vocabulary, "We study the segmentation of the liver and the detection of liver lesions.")
    assert {"Task/segmentation", "Task/detection"} <= found


@pytest.mark.parametrize(
    ("text", "task"),
    [
        ("We propose a multiple cancer TMB prediction model from whole slide images.", "Task/molecular-prediction"),
        ("Hormone receptor status prediction from H&E slides saves an IHC stain.", "Task/molecular-prediction"),
        ("We learn 2D/3D registration of CT volumes to intraoperative fluoroscopy.", "Task/registration"),
        ("RadGraph: Extracting Clinical Entities and Relations from Radiology Reports", "Task/information-extraction"),
        ("Fibre orientations are the first step of diffusion MRI tractography.", "Task/tractography"),
        ("Our network improves fODF estimation from diffusion-weighted MRI.", "Task/fiber-orientation-estimation"),
        # "reducing" is the verb of "reduction" as "detecting" is of "detection"
        ("We propose a network reducing metal artifacts in dental CT.", "Task/artifact-reduction"),
        ("NeuralDiffuser: Diffusion Guidance for fMRI Visual Reconstruction", "Task/visual-stimulus-reconstruction"),
        ("We develop a network for cervical cancer T-staging on MRI.", "Task/disease-staging"),
        ("CardiacFlow: 3D+t Four-Chamber Cardiac Shape Completion and Generation via Flow Matching", "Task/shape-completion"),
        ("CardiacFlow: 3D+t Four-Chamber Cardiac Shape Completion and Generation via Flow Matching", "Task/shape-generation"),
        ("We compare networks in predicting individual phenotypes from resting-state functional connectivity.", "Task/phenotype-prediction"),
    ],
)
def test_field_wordings_of_tasks_new_in_0_3_25(vocabulary, text, task):
    assert task in tasks(vocabulary, text)


def test_a_verb_phrase_is_not_cut_inside_a_hyphenated_word(vocabulary):
    """"predicting progression-free survival" predicts survival: read up to the hyphen, it was
    "progression prediction"."""
    found = tasks(vocabulary, "Radiomic signatures are built for predicting progression-free survival in lung cancer.")
    assert "Task/survival-analysis" in found and "Task/disease-progression" not in found


@pytest.mark.parametrize(
    "abstract",
    [
        "We aim at the detection of clinically actionable genetic alterations from slides.",
        "Our model performs spatial gene expression inference from H&E slides.",
        "The model predicts genomic alterations; we report MSI detection and the detection of KRAS mutations.",
        "We validate the model on clinically relevant biomarker detection from whole slide images.",
    ],
)
def test_detecting_mutations_or_inferring_expression_is_molecular_prediction(vocabulary, abstract):
    found = tasks(vocabulary, abstract)
    assert "Task/molecular-prediction" in found and "Task/detection" not in found


def test_slam_is_a_task_not_a_model_name(vocabulary):
    e = run(vocabulary, "Topological SLAM in colonoscopies", "We introduce ColonSLAM, which combines metric SLAM with deep features. The SLAM pipeline maps the colon.")
    assert "Task/slam" in keys(e, "Task")
    assert keys(e, "Model") == {"Model/name:colonslam"}


def test_masked_reconstruction_is_a_pretext_not_a_reconstruction_task(vocabulary):
    found = tasks(vocabulary, "Pretraining by masked reconstruction, the reconstruction of masked values, improves classification.")
    assert "Task/reconstruction" not in found and "Task/classification" in found


def test_denoising_pseudo_labels_is_no_image_denoising(vocabulary):
    found = tasks(vocabulary, "We propose progressive pseudo-label denoising for segmentation, and a module that can denoise pseudo-labels.")
    assert "Task/denoising" not in found and "Task/segmentation" in found


def test_a_modifier_is_not_shared_between_two_whole_tasks(vocabulary):
    """"report generation and grounding": two tasks, each a label of its own; read as "report
    grounding" (phrase grounding) it hid the grounding the title names."""
    found = tasks(vocabulary, "Our model reaches the state of the art on both report generation and grounding.")
    assert {"Task/report-generation", "Task/grounding"} <= found and "Task/phrase-grounding" not in found


def test_a_shared_modifier_or_head_names_each_task(vocabulary):
    found = tasks(vocabulary, "Our model unifies chest radiograph understanding and generation.")
    assert "Task/image-generation" not in found  # "radiograph generation" is no label: nothing is guessed
    found = tasks(vocabulary, "A single network performs image understanding and generation, and lesion and nodule detection.")
    assert {"Task/image-generation", "Task/detection"} <= found


def test_a_pair_of_modalities_before_translation_names_image_generation(vocabulary):
    # the vocabulary lists "MR-to-CT synthesis" (modality translation, which readers name image
    # generation); any pair of modalities is read the same way
    e = run(vocabulary, "CT to PET Translation with diffusion", "We train T1w-to-T2w synthesis models on brain MRI.")
    assert [m.text for m in e.mentions if m.key == "Task/image-generation"] == ["CT to PET Translation", "T1w-to-T2w synthesis"]
    assert "Task/image-generation" not in tasks(vocabulary, "We map CT to PET images and segment the CT to PET registration errors.")


def test_of_phrases_of_things_are_no_tasks(vocabulary):
    found = tasks(vocabulary, "We compare representations of synthetic and real images from our encoder.")
    assert not found & {"Task/image-generation", "Task/representation-learning"}


def test_each_modifier_of_a_list_before_a_shared_head_names_its_task(vocabulary):
    found = tasks(vocabulary, "Our model adapts zero-shot to surgical tool, phase, and triplet recognition in videos.")
    assert {"Task/instrument-recognition", "Task/surgical-phase-recognition", "Task/surgical-action-recognition"} <= found


def test_a_clause_after_a_comma_or_a_determiner_is_no_list_of_modifiers(vocabulary):
    # "images, and extensive generation": one word before a comma is no list ("tool, phase, and")
    found = tasks(vocabulary, "We pseudo-label the unlabeled images, and extensive generation of synthetic lesions enlarges the training set.")
    assert "Task/image-generation" not in found
    found = tasks(vocabulary, "We release the images and the interpretations of two radiologists.")
    assert "Task/image-interpretation" not in found


def test_a_broader_task_listed_beside_a_narrower_one_is_kept(vocabulary):
    found = tasks(
        vocabulary,
        "We evaluate our encoder on nuclei instance segmentation, patch classification, and slide-level classification.",
    )
    assert {"Task/classification", "Task/slide-classification", "Task/segmentation"} <= found


def test_a_broader_task_in_another_item_of_an_enumerated_list_is_kept(vocabulary):
    found = tasks(
        vocabulary,
        "Our encoder is strong in (i) linear probing for nucleus classification on tiles from three scanners "
        "and (ii) attention-based multiple instance learning for slide-level classification of rare tumours.",
    )
    assert {"Task/classification", "Task/slide-classification"} <= found


def test_a_bracketed_number_that_is_no_list_item_keeps_the_rule(vocabulary):
    found = tasks(vocabulary, "We propose a model for slide-level classification of type (2) lesions and report its classification accuracy.")
    assert "Task/slide-classification" in found and "Task/classification" not in found


def test_a_broader_task_not_listed_beside_the_narrower_one_is_dropped(vocabulary):
    found = tasks(vocabulary, "We propose a model for slide-level classification. Its classification accuracy is high.")
    assert "Task/slide-classification" in found and "Task/classification" not in found


def test_screening_and_triage_are_no_kinds_of_diagnosis_and_leave_it_named(vocabulary):
    found = tasks(vocabulary, "Our model supports the diagnosis of knee injuries on MRI, and their triage before screening of the worklist.")
    assert {"Task/diagnosis", "Task/triage", "Task/screening"} <= found


@pytest.mark.parametrize(
    "abstract",
    [
        "Our assistant answers open-ended questions about chest radiographs.",
        "We evaluate the assistant zero-shot on surgical video question-answering tasks.",
        "Our assistant achieved state-of-the-art performance on multiple-choice diagnostic questions from pathology cases.",
        "The benchmark comprises 33,428 multi-choice questions and 24,067 images.",
    ],
)
def test_answering_questions_about_images_is_visual_question_answering(vocabulary, abstract):
    assert "Task/vqa" in tasks(vocabulary, abstract)


def test_multimodal_and_text_based_qa_are_two_tasks(vocabulary):
    found = tasks(vocabulary, "We evaluate the model on three tasks: multimodal QA, text-based QA, and report generation.")
    assert {"Task/vqa", "Task/question-answering", "Task/report-generation"} <= found


def test_predicting_the_risk_of_a_disease_is_risk_prediction(vocabulary):
    assert "Task/risk-stratification" in tasks(vocabulary, "Our network uses current and prior CT volumes to predict the risk of lung cancer.")


def test_generating_the_findings_of_a_report_is_report_generation(vocabulary):
    assert "Task/report-generation" in tasks(vocabulary, "Small multimodal models can help by generating free-text findings from chest X-ray images.")


def test_the_field_listed_beside_a_task_is_no_second_task(vocabulary):
    found = tasks(vocabulary, "Our dataset enables research on image reconstruction and image analysis.")
    assert "Task/reconstruction" in found and "Task/medical-image-analysis" not in found


def test_a_task_named_only_in_the_opening_and_background_sentences_is_dropped(vocabulary):
    found = tasks(
        vocabulary,
        "Visual question answering systems answer questions about images, aiding diagnosis. "
        "Such systems hold great importance in supporting clinical diagnosis. "
        "We propose a hierarchical model for visual question answering. "
        "Our model outperforms previous models on two benchmarks.",
    )
    assert "Task/vqa" in found and "Task/diagnosis" not in found


@pytest.mark.parametrize(
    ("second", "kept"),
    [
        ("It has demonstrated exceptional performance in chest disease localization.", True),  # "it" is the model
        ("It has been demonstrated that deep networks help localization.", False),  # the "it" of the field's claims
    ],
)
def test_a_sentence_about_it_after_the_papers_own_work_goes_on_about_that_work(vocabulary, second, kept):
    found = tasks(vocabulary, f"Chest radiographs are read by the million every day. Here, we present QuuxRay, a foundation model for chest X-rays. {second}")
    assert ("Task/localization" in found) is kept


@pytest.mark.parametrize(
    ("abstract", "task"),
    [
        ("We train a multimodal model to generate captions for these pathology patches.", "Task/captioning"),
        ("The encoder serves tumour origin identification on whole-slide images.", "Task/tumour-origin-prediction"),
        ("The encoder serves molecular profile characterization on whole-slide images.", "Task/molecular-prediction"),
        ("Our model is strong at ultrasound imaging enhancement.", "Task/image-enhancement"),
        ("Our model is strong at quantitative regression of ultrasound measurements.", "Task/regression"),
        ("Our agent performs automated CXR interpretation with tools.", "Task/image-interpretation"),
        ("Our benchmark covers four ECG image interpretation tasks.", "Task/ecg-interpretation"),
        ("Our tokenizer halves the FID of text-to-CT synthesis.", "Task/text-to-image-generation"),
    ],
)
def test_foundation_model_downstream_tasks_are_named(vocabulary, abstract, task):
    assert task in tasks(vocabulary, abstract)


def test_the_field_alone_is_no_task(vocabulary):
    found = tasks(vocabulary, "We release a retinal dataset with clinical labels as a resource for medical image analysis.")
    assert "Task/medical-image-analysis" not in found


def test_a_task_word_inside_a_model_or_dataset_name_is_part_of_the_name(vocabulary):
    found = tasks(
        vocabulary,
        "We generate images with Denoising Diffusion Probabilistic Models and evaluate them on the "
        "Automated Cardiac Diagnosis Challenge data.",
    )
    assert "Task/image-generation" in found
    assert not found & {"Task/denoising", "Task/diagnosis"}


def test_a_challenge_long_form_does_not_swallow_the_lowercase_task_phrase(vocabulary):
    run_ = run(vocabulary, "Stroke lesions in MRI", "We address ischemic stroke lesion segmentation in diffusion MRI of our hospital.")
    assert "Task/segmentation" in keys(run_, "Task")
    assert "Dataset/isles" not in keys(run_, "Dataset")


def test_a_model_kind_or_an_image_processing_step_named_by_a_task_word_is_no_task(vocabulary):
    found = tasks(
        vocabulary,
        "We train denoising autoencoders on healthy scans to flag anomalies, and we apply edge detection "
        "before the segmentation of retinal layers by our network.",
    )
    assert not found & {"Task/denoising", "Task/detection"}
    assert "Task/segmentation" in found


def test_a_task_the_method_does_without_is_not_its_task(vocabulary):
    found = tasks(
        vocabulary,
        "We classify lung nodules without the need for explicit lung segmentation, "
        "and we align the scans directly rather than by registration.",
    )
    assert "Task/classification" in found
    assert not found & {"Task/segmentation", "Task/registration"}
    found = tasks(vocabulary, "A ResNet50 regresses liver fat from the slices without any need for ground truth segmentations.")
    assert "Task/segmentation" not in found
    found = tasks(vocabulary, "We propose a segmentation method for tumours on planning CT, circumventing potential registration errors.")
    assert found == {"Task/segmentation"}


def test_a_negation_reaches_no_task_past_punctuation_or_a_few_words(vocabulary):
    found = tasks(
        vocabulary,
        "Without manual tuning, our network improves segmentation. "
        "It runs without any of the slow hand-made steps of registration pipelines.",
    )
    assert {"Task/segmentation", "Task/registration"} <= found


def test_segmentation_masks_used_as_input_name_no_segmentation_task(vocabulary):
    found = tasks(vocabulary, "We align the two scans; segmentation masks are employed to direct the registration towards the organs.")
    assert "Task/segmentation" not in found
    assert "Task/registration" in found


def test_negation_reaches_every_item_of_the_list_it_opens(vocabulary):
    found = keys(
        run(
            vocabulary,
            "A compact network for echocardiograms",
            "We propose a compact network that classifies echocardiograms. "
            "It is trained without pretraining, heavy data augmentation, or test-time denoising, "
            "and it runs in real time.",
        ),
        "Task",
    )
    assert "Task/classification" in found
    assert not found & {"Task/pretraining", "Task/data-augmentation", "Task/denoising"}


def test_negation_stops_at_a_comma_that_closes_no_list(vocabulary):
    found = keys(
        run(
            vocabulary,
            "A compact network for chest radiographs",
            "Without any lung segmentation, the network performs classification of chest radiographs. "
            "It runs in real time.",
        ),
        "Task",
    )
    assert "Task/classification" in found
    assert "Task/segmentation" not in found


def test_signal_and_cardiac_function_tasks_have_their_own_concepts(vocabulary):
    found = keys(run(
        vocabulary,
        "EEG-based epileptic seizure prediction with transformers",
        "We propose a network for direct EF regression from echocardiograms, a model for seizure detection, "
        "and a classifier for automatic sleep stage scoring of polysomnography, as automatic ECG interpretation "
        "algorithms do for electrocardiograms.",
    ), "Task")
    assert {"Task/seizure-prediction", "Task/ejection-fraction-estimation", "Task/seizure-detection", "Task/sleep-staging", "Task/ecg-interpretation"} <= found
    assert not found & {"Task/regression", "Task/detection"}  # the broader concepts they narrow


def test_knowledge_based_planning_is_a_radiotherapy_task_and_its_short_form_no_model(vocabulary):
    e = run(
        vocabulary,
        "A dose prediction challenge",
        "We compare dose prediction methods for knowledge-based planning (KBP) in radiation therapy. Models were "
        "ranked by their dose-volume histogram (DVH) score, and KBP prediction methods improved the DVH metrics.",
    )
    assert {"Task/dose-prediction", "Task/radiotherapy-planning"} <= keys(e, "Task")
    assert not keys(e, "Model")


def test_gestational_age_and_attenuation_correction_are_tasks_of_their_own(vocabulary):
    found = tasks(
        vocabulary,
        "We benchmark fetal ultrasound models on gestational age estimation and a SPECT network on attenuation correction.",
    )
    assert {"Task/gestational-age-estimation", "Task/attenuation-correction"} <= found
    assert "Task/age-estimation" not in found  # the broader concept it narrows


def test_a_task_modifier_before_another_task_only_qualifies_it(vocabulary):
    found = tasks(vocabulary, "We show results for atlas-to-image as well as uni-/multimodal image-to-image registrations.")
    assert found == {"Task/registration"}
    assert "Task/image-to-image-translation" in tasks(vocabulary, "We study unpaired image-to-image translation of CT.")
    assert tasks(vocabulary, "The challenge promotes multi-label detection of abnormal teeth.") == {"Task/detection"}
    assert "Task/multi-label-classification" in tasks(vocabulary, "We study multi-label classification of chest X-rays.")


def test_a_classifier_of_one_kind_of_finding_keeps_the_classification_task(vocabulary):
    found = keys(run(vocabulary, "ECG classification system for arrhythmia detection", "We classify ECG beats with a CNN."), "Task")
    assert {"Task/classification", "Task/detection"} <= found


def test_a_task_written_with_a_verb_is_the_task_phrase(vocabulary):
    found = tasks(vocabulary, "Our network is trained for estimating the ejection fraction and for detecting outliers.")
    assert {"Task/ejection-fraction-estimation", "Task/anomaly-detection"} <= found


def test_a_reconstruction_loss_or_a_reformatted_view_is_no_reconstruction_task(vocabulary):
    found = tasks(
        vocabulary,
        "We train an autoencoder and score anomalies by the reconstruction error. "
        "We classify stenosis from multiplanar reconstruction images of the coronary arteries.",
    )
    assert "Task/reconstruction" not in found
    found = tasks(vocabulary, "We propose a network for image reconstruction from undersampled data.")
    assert "Task/reconstruction" in found


def test_surgical_action_recognition_is_a_task_of_its_own_beside_phase_recognition(vocabulary):
    found = tasks(
        vocabulary,
        "Our benchmark covers phase classification, tool recognition and action classification in laparoscopic videos.",
    )
    assert {"Task/surgical-phase-recognition", "Task/surgical-action-recognition"} <= found


def test_a_task_word_inside_a_new_dataset_name_is_part_of_the_name(vocabulary):
    found = tasks(
        vocabulary,
        "We collate images from DDSM, INbreast, KAU-BCMD, and the RSNA Screening Dataset into one benchmark.",
    )
    assert "Task/screening" not in found


def test_a_verb_before_modifiers_of_a_compound_task_object_names_the_task(vocabulary):
    found = tasks(vocabulary, "Our downstream tasks include predicting reduced left ventricular ejection fraction from the ECG.")
    assert "Task/ejection-fraction-estimation" in found


def test_tooth_numbering_is_a_task_of_its_own(vocabulary):
    found = tasks(vocabulary, "A first model performs tooth enumeration on panoramic radiographs, a second detects caries.")
    assert "Task/tooth-identification" in found


def test_common_synonyms_of_cardiac_and_skeletal_tasks_name_them(vocabulary):
    found = tasks(vocabulary, "We propose a network for the prediction of atrial fibrillation from the ECG.")
    assert "Task/detection" in found
    found = tasks(vocabulary, "We propose a network for skeletal maturity estimation from hand radiographs.")
    assert "Task/bone-age-assessment" in found


def test_a_specific_task_named_only_as_background_leaves_the_broader_task_of_the_title(vocabulary):
    found = keys(
        run(
            vocabulary,
            "Deep Learning for Chest X-ray Disease Classification",
            "Deep learning is a growing field in radiology. We train a network on public chest radiographs. "
            "F1 and AUC are critical metrics for imbalanced, multi-label classification tasks. "
            "Our model achieves an AUC of 0.85.",
        ),
        "Task",
    )
    assert "Task/classification" in found
    assert "Task/multi-label-classification" not in found


def test_a_task_word_modifying_a_defined_long_form_is_part_of_the_name(vocabulary):
    found = tasks(
        vocabulary,
        "We build a retrieval network and reduce dimensionality with the Reconstruction Independent Component Analysis (RICA) algorithm.",
    )
    assert "Task/reconstruction" not in found
    found = tasks(vocabulary, "We propose a Content-Based Medical Image Retrieval (CBMIR) framework with hash coding.")
    assert "Task/cbir" in found  # the long form is the task's label: it names it


def test_a_hyphenated_word_counts_once_in_an_of_phrase(vocabulary):
    found = tasks(vocabulary, "We study the generation of structured chest X-ray reports with a language model.")
    assert "Task/report-generation" in found
    assert "Task/image-generation" not in found


def test_the_verb_retrieve_names_retrieval_only_of_similar_items(vocabulary):
    """'retrieve similar cases' is case retrieval; 'retrieve information at different scales', 'a
    network retrieving the elasticity parameters' take something out of the input, no retrieval."""
    found = tasks(vocabulary, "Our model enables users to retrieve similar cases by image or text search.")
    assert "Task/retrieval" in found
    assert "Task/retrieval" not in tasks(vocabulary, "The network is designed to retrieve information at different scales of the tissue.")
    assert "Task/retrieval" not in tasks(vocabulary, "We test whether CNNs are capable of retrieving the elasticity parameters from shear wave motion.")


def test_an_interpretable_model_is_a_property_not_an_explainability_task(vocabulary):
    found = tasks(vocabulary, "We propose an interpretable and explainable model for nodule malignancy scoring.")
    assert "Task/explainability" not in found
    found = tasks(vocabulary, "We study the interpretability of our model with explainable AI methods.")
    assert "Task/explainability" in found


def test_building_data_and_benchmarking_methods_are_research_work_not_tasks(vocabulary):
    found = tasks(
        vocabulary,
        "We curate a new dataset through data collection and dataset construction, and benchmark ten segmentation "
        "methods on it in a systematic evaluation.",
    )
    assert found == {"Task/segmentation"}


def test_annotating_images_is_how_ground_truth_is_made_not_a_task(vocabulary):
    found = tasks(
        vocabulary,
        "Ground-truth labels were prepared by annotating MR images with image annotation software. "
        "We then train a segmentation network despite inconsistent data annotations.",
    )
    assert found == {"Task/segmentation"}


def test_recognising_lesions_or_slides_is_classification(vocabulary):
    slides = tasks(vocabulary, "Our attention-based MIL framework leads to superior WSI recognition on two public datasets.")
    lesions = tasks(vocabulary, "Our network improves lesion recognition in capsule endoscopy images.")
    assert "Task/slide-classification" in slides
    assert "Task/classification" in lesions


def test_emotion_recognition_is_its_own_task_not_a_detection(vocabulary):
    found = tasks(vocabulary, "We evaluate our network for automatic emotion detection from EEG signals of 32 participants.")
    assert "Task/emotion-recognition" in found
    assert "Task/detection" not in found


def test_a_dental_restoration_is_no_image_restoration(vocabulary):
    found = tasks(
        vocabulary,
        "We segment caries, crowns, pulp, restoration material and root-filling material on 1,000 bite-wing radiographs; "
        "dental restorations were segmented with a Dice of 0.97.",
    )
    assert "Task/image-enhancement" not in found


def test_image_to_image_retrieval_is_retrieval_by_image_not_translation(vocabulary):
    e = run(vocabulary, "A fundus foundation model", "Downstream tasks include image-to-image retrieval of fundus photographs.")
    assert "Task/cbir" in keys(e, "Task")
    assert "Task/image-to-image-translation" not in keys(e, "Task")


def test_caries_detection_on_intraoral_photographs_is_detection_on_a_dental_modality(vocabulary):
    e = run(
        vocabulary,
        "Caries detection on intraoral photographic images using deep learning",
        "We evaluate a deep learning algorithm for caries detection on 2348 intraoral photographic images.",
    )
    assert "Task/detection" in keys(e, "Task")
    assert "caries detection" in {m.text for m in e.mentions if m.type == "Task"}
    assert keys(e, "Modality") == {"Modality/intraoral-photography"}


def test_ssl_pretraining_is_representation_learning(vocabulary):
    e = run(vocabulary, "Foundation models for fundus images", "We study large-scale SSL pretraining on fundus photographs.")
    assert "Task/representation-learning" in keys(e, "Task")


def test_visual_reconstruction_from_fmri_is_the_reconstruction_the_paper_names(vocabulary):
    # a kind of image reconstruction and of brain decoding: the generic "reconstruction tasks" is it
    e = run(
        vocabulary,
        "NeuralDiffuser: Diffusion Guidance for fMRI Visual Reconstruction",
        "Reconstructing visual stimuli from fMRI is hard. "
        "We develop a novel guidance strategy for reconstruction tasks.",
    )
    assert keys(e, "Task") == {"Task/visual-stimulus-reconstruction"}


def test_self_supervised_before_another_noun_says_how_a_method_learns(vocabulary):
    # as "weakly supervised" does: the task of "a self-supervised neural representation" is its reconstruction
    e = run(
        vocabulary,
        "Limited-View Photoacoustic Imaging Reconstruction Via High-quality Self-supervised Neural Representation",
        "We introduce a self-supervised network for limited-view photoacoustic reconstruction.",
    )
    assert keys(e, "Task") == {"Task/reconstruction"}


def test_detecting_or_predicting_a_severity_is_grading(vocabulary):
    assert "Task/grading" in tasks(vocabulary, "We propose a network for detecting the severity of pneumonia in chest radiographs.")
    assert "Task/grading" in tasks(vocabulary, "We propose a network for severity prediction in chest radiographs.")


def test_identifying_or_estimating_landmarks_is_landmark_detection(vocabulary):
    assert "Task/landmark-detection" in tasks(vocabulary, "A cephalometric landmark identification model is proposed for 935 cephalograms.")
    assert "Task/landmark-detection" in tasks(vocabulary, "We report the landmark estimation accuracy of our model.")


@pytest.mark.parametrize(
    ("abstract", "task"),
    [
        # an organ's predicted age is age estimation
        ("We propose that the age predicted by a network from the raw ECG (ECG-age) measures cardiovascular health.", "Task/age-estimation"),
        ("Patients whose retinal age exceeds their chronological age have a higher mortality.", "Task/age-estimation"),
        # general-purpose embeddings are representation learning (the features a network gives are not:
        # test_features_a_network_gives_name_no_representation_learning)
        ("We introduce a foundation model for single cell images that yields generalizable cell embeddings.", "Task/representation-learning"),
        ("We present an encoder designed to learn generalized representations from unlabeled brain MRI.", "Task/representation-learning"),
        ("We learn features from unlabeled fundus photographs by unsupervised feature learning.", "Task/representation-learning"),
        ("Self-supervised feature learning on 100,000 CT volumes gives a strong encoder.", "Task/representation-learning"),
    ],
)
def test_a_phrase_for_what_a_model_yields_names_its_task(vocabulary, abstract, task):
    assert task in tasks(vocabulary, abstract)


@pytest.mark.parametrize(
    "abstract",
    [
        "The polar transformation provides the representation of the original image in polar coordinates.",
        "We embed the neural network in the iterative reconstruction framework for image representation.",
        "We fine-tune LLaMA with DenseNet-121-based image embeddings.",
        # a part of the network learning features, in a method's description
        "We propose a cross-modalities interactive feature learning framework to segment brain tumors.",
        "The encoder uses hierarchical Swin Transformer blocks for local-global semantic feature learning.",
    ],
)
def test_the_features_a_network_gives_are_no_representation_learning(vocabulary, abstract):
    assert "Task/representation-learning" not in tasks(vocabulary, abstract)


def test_recognising_the_abnormalities_in_an_image_is_detection(vocabulary):
    found = tasks(vocabulary, "We enhance abnormality detection and the recognition and localization of abnormalities in chest X-rays.")
    assert "Task/detection" in found and "Task/classification" not in found


def test_surgical_scene_understanding_is_a_task_of_its_own(vocabulary):
    found = tasks(vocabulary, "We ask whether current VLMs handle advanced frame-based endoscopic scene understanding tasks.")
    assert found == {"Task/surgical-scene-understanding"}


def test_medical_reasoning_is_a_task_and_chain_of_thought_a_setting(vocabulary):
    assert tasks(vocabulary, "We propose a vision-language model trained with RL for multimodal medical reasoning.") == {"Task/medical-reasoning"}
    assert not tasks(vocabulary, "We prompt the model with chain-of-thought reasoning.")


def test_interpretability_claimed_for_a_method_is_no_task(vocabulary):
    found = tasks(vocabulary, "We segment the spine. Our software addresses the lack of interpretability and enhances the model's interpretability.")
    assert "Task/explainability" not in found
    # named in the title, or as an activity, it is what the paper does
    titled = keys(run(vocabulary, "A framework for interpretability of segmentation models", "We compare many methods for segmenting the brain."), "Task")
    assert "Task/explainability" in titled
    assert "Task/explainability" in tasks(vocabulary, "We segment the spine and compare saliency maps of explainable AI methods.")


def test_calibrating_confidences_is_a_task_but_a_calibration_curve_or_module_is_not(vocabulary):
    found = tasks(vocabulary, "We compare the confidence calibration of three networks and propose a loss that reduces miscalibration.")
    assert "Task/calibration" in found and "Task/uncertainty-estimation" not in found
    assert "Task/calibration" not in tasks(
        vocabulary,
        "We grade the lesions. Calibration curves showed good agreement, and an adaptive calibration module refines the features.",
    )


def test_failure_detection_is_no_object_detection(vocabulary):
    found = tasks(vocabulary, "We benchmark confidence scoring functions for failure detection in image classification.")
    assert "Task/failure-detection" in found and "Task/detection" not in found


def test_anomaly_detection_framing_keeps_the_lesion_detection(vocabulary):
    found = tasks(vocabulary, "We study lung nodule detection in CT. We frame the task as anomaly detection of rare nodules.")
    assert {"Task/detection", "Task/anomaly-detection"} <= found


def test_naming_the_branches_of_a_vessel_tree_is_anatomical_labelling(vocabulary):
    extraction = run(vocabulary, "A framework for coronary artery labelling", "We propose automated anatomical labelling of coronary arteries on CTCA.")
    assert keys(extraction, "Task") == {"Task/anatomical-labelling"}
    assert "AnatomicalStructure/coronary-artery" in keys(extraction, "AnatomicalStructure")


def test_co_localization_of_stains_is_no_localization(vocabulary):
    assert "Task/localization" not in tasks(vocabulary, "We restore the stain in regions where substances show co-localization.")


def test_a_verb_before_modifiers_and_its_object_names_the_task(vocabulary):
    assert "Task/image-generation" in tasks(vocabulary, "We succeed in generating highly realistic images of skin lesions with GANs.")


def test_generating_synthetic_biosignals_is_a_task_of_its_own(vocabulary):
    found = keys(run(vocabulary, "Diffusion-based conditional ECG generation", "Our model generates synthetic 12-lead electrocardiograms."), "Task")
    assert found == {"Task/signal-generation"}


def test_a_task_word_before_based_is_the_means_not_the_task(vocabulary):
    found = tasks(vocabulary, "We propose a liver segmentation network with a retrieval-based data pipeline and K-means clustering based prompts.")
    assert found == {"Task/segmentation"}
    assert "Task/segmentation" in keys(run(vocabulary, "Ultrasound Prostate Segmentation Based on Deep Learning", "We study the prostate."), "Task")


def test_a_challenge_report_sets_up_its_challenge_from_the_first_sentence(vocabulary):
    abstract = (
        "Recognition of mitotic figures in tumour specimens is relevant to patient outcome. "
        "Shifts in image representations make this hard for algorithms. "
        "The challenge provided annotated histology images and evaluated the approaches for mitotic figure detection of nine teams. "
        "This work gives an overview of the challenge. "
        "With an F1 score of 0.764 for the top team, we conclude that domain generalization is possible."
    )
    report = keys(run(vocabulary, "Insights from the 2022 edition of the Quux Mitosis Challenge", abstract), "Task")
    assert "Task/detection" in report
    # "the Challenge of ..." names a difficulty, not a challenge: the opening sentences stay background
    essay = keys(run(vocabulary, "Facing the Challenge of Domain Shift in Histology", abstract), "Task")
    assert "Task/detection" not in essay


def test_candidate_screening_is_a_detector_stage_not_screening(vocabulary):
    found = tasks(vocabulary, "Our nodule detection framework has two stages: candidate screening and false positive reduction.")
    assert "Task/detection" in found and "Task/screening" not in found


@pytest.mark.parametrize(
    "sentence",
    [
        "The model is fine-tuned for predicting future cardiovascular events from the ECG.",
        "We propose a graph network for predicting clinical trajectories in dementia.",
    ],
)
def test_predicting_events_or_trajectories_is_prognosis(vocabulary, sentence):
    assert "Task/prognosis" in tasks(vocabulary, sentence)


def test_detecting_surgical_actions_and_triplets_is_action_recognition(vocabulary):
    found = keys(run(vocabulary, "Surgical Action Triplet Detection by Mixed Supervised Learning", "Our model learns instrument-verb-target triplets from laparoscopic video."), "Task")
    assert "Task/surgical-action-recognition" in found
    assert "Task/detection" not in found


def test_a_pixelwise_classification_network_is_the_means_of_segmentation(vocabulary):
    found = keys(
        run(vocabulary, "Automatic kidney segmentation in ultrasound images using pixelwise classification networks", "We segment the kidneys in ultrasound images."),
        "Task",
    )
    assert "Task/segmentation" in found
    # the means alone names no segmentation: "pixel-wise classification" is no label of it
    assert "Task/segmentation" not in tasks(vocabulary, "Kidneys in ultrasound images are outlined by pixelwise classification networks.")


def test_quantitative_mapping_is_parameter_mapping(vocabulary):
    found = keys(run(vocabulary, "Uncertainty-weighted Multi-tasking for T1ρ and T2 Mapping in the Liver", "We estimate parametric maps from quantitative MRI."), "Task")
    assert found == {"Task/parameter-mapping"}


def test_grounded_interpretation_is_grounding(vocabulary):
    found = keys(run(vocabulary, "UniBiomed: A Universal Foundation Model for Grounded Biomedical Image Interpretation", "UniBiomed provides grounded interpretation for biomedical image analysis."), "Task")
    assert "Task/grounding" in found
    assert "Task/image-interpretation" not in found


def test_a_diffusion_models_denoising_steps_are_no_denoising_task(vocabulary):
    found = keys(
        run(
            vocabulary,
            "Joint Holistic and Lesion Controllable Mammogram Synthesis via Gated Conditional Diffusion Model",
            "GCDM is built upon a latent denoising diffusion framework. A gated branch guides the denoising process.",
        ),
        "Task",
    )
    assert found == {"Task/image-generation"}


def test_the_u_net_phrase_precise_localization_names_no_localization_task(vocabulary):
    found = keys(
        run(vocabulary, "Left ventricle segmentation", "LNU-Net has a down-sampling path for feature extraction and an up-sampling path for precise localization."),
        "Task",
    )
    assert found == {"Task/segmentation"}


@pytest.mark.parametrize(
    ("title", "abstract", "task"),
    [
        ("RetinaVLM: a specialist VLM", "The resulting model, RetinaVLM, can be instructed to write reports on retinal OCT images.", "Task/report-generation"),
        (
            "Dr-LLaVA: visual instruction tuning",
            "We develop Dr-LLaVA, a conversational VLM for bone marrow pathology slides, strong in multi-turn medical conversations.",
            "Task/vqa",
        ),
        ("3D-QCNet: artifact detection in diffusion MRI", "Our QC method detects 92% of artifacts in diffusion MRI volumes.", "Task/quality-assessment"),
        ("Deep Learning Estimation of Absorbed Dose for Nuclear Medicine", "We estimate dose voxel kernels for personalised dosimetry from CT.", "Task/dosimetry"),
        ("Unified medical vision-language pre-training", "Cross-modal tasks include image-to-text generation and image-text retrieval.", "Task/captioning"),
        ("Congenital heart disease in echocardiography", "Our key-frame model can diagnose CHD from multi-view echocardiograms.", "Task/diagnosis"),
    ],
)
def test_a_phrase_of_the_field_names_its_task(vocabulary, title, abstract, task):
    """Write reports, multi-turn conversations about images, QC, absorbed dose, image-to-text generation, diagnose
    (a verb, as detect and classify are)."""
    assert task in keys(run(vocabulary, title, abstract), "Task")


@pytest.mark.parametrize(
    ("title", "abstract", "task"),
    [
        ("Dynamic PET image denoising", "We substitute the parameter estimation with neural networks to denoise dynamic PET.", "Task/parameter-mapping"),
        (
            "JI-ADF: skin lesion classification",
            "Analyses, including modality ablation, calibration evaluation and Grad-CAM visualization, confirm the robustness.",
            "Task/calibration",
        ),
        # bare "error detection" is no label: this would read as one
        ("Cephalometric landmarks", "The network showed lower mean radial error and successful detection rate on radiographs.", "Task/report-error-detection"),
        # a task word inside a modality's label, as in "screening mammography"
        ("Deep-STORM: super-resolution microscopy", "Emitters such as fluorescent molecules used for localization microscopy blink.", "Task/localization"),
        (
            "MPath: pathology report generation",
            "A language model is conditioned on WSI-derived visual embeddings and adapts the generated learned representations.",
            "Task/representation-learning",
        ),
        ("SimPLe: weakly supervised breast tumour segmentation", "The network trains itself on pseudo-masks by minimizing a contrastive loss.", "Task/representation-learning"),
        ("IDH status from MR imaging", "When age at diagnosis was added to the model, the testing accuracy rose to 89.1%.", "Task/diagnosis"),
        ("Brain metastases in melanoma", "Sixty-nine patients with 135 brain metastases at initial diagnosis were included.", "Task/diagnosis"),
        # a prediction model's calibration, reported beside its discrimination, is a measure of it
        ("Response to chemotherapy in rectal cancer", "Calibration was evaluated with calibration plots and Brier scores.", "Task/calibration"),
        ("Disease trajectory forecasting", "The method outperforms baselines with respect to performance and calibration.", "Task/calibration"),
        # a grouping of cases readers made, not a task of the method
        ("AI in mammography screening", "A correlation between interval cancer classification groups and AI risk score was observed.", "Task/classification"),
        # a report of a diagnosis is what report generation writes, not a diagnosis task
        ("CGFTrans: Medical Report Generation", "The core is to generate diagnosis reports in clinical language from medical images.", "Task/diagnosis"),
        # segmentations in the plural are masks, as detections are findings
        ("Cardiac shape generation", "Learning shapes requires a large amount of 3D whole-heart segmentations to capture shape priors.", "Task/segmentation"),
    ],
)
def test_a_phrase_about_the_method_or_its_results_names_no_task(vocabulary, title, abstract, task):
    """A network's own parameters, a calibration check among a classifier's analyses, an error metric, a kind of
    imaging, the features a network gives, the loss it minimises, a patient's age at diagnosis."""
    assert task not in keys(run(vocabulary, title, abstract), "Task")


@pytest.mark.parametrize(
    ("title", "abstract", "task"),
    [
        ("Learned coding of 16-bit CT volumes", "We propose a lossless compression scheme for high bit-depth CT volumes.", "Task/image-compression"),
        ("Condensing chest X-ray collections", "Dataset distillation synthesises a few images per class that train a classifier almost as well.", "Task/dataset-distillation"),
        ("Smaller training sets for polyp segmentation", "We cut annotation cost by coreset selection on colonoscopy frames.", "Task/coreset-selection"),
        ("Leakage in public radiograph collections", "We study near-duplicate detection with pretrained embeddings across chest X-ray datasets.", "Task/duplicate-detection"),
        ("Finding mislabelled chest X-rays", "Our score ranks samples for detecting noisy labels in training sets.", "Task/label-error-detection"),
        ("Small language models for radiology", "We compare models for structuring radiology reports into templates.", "Task/report-structuring"),
        ("Trustworthy chest X-ray reports", "We propose fact checking of generated reports against the image.", "Task/report-error-detection"),
        ("A benchmark for medical VLMs", "We focus on hallucination evaluation of vision-language models on chest X-rays.", "Task/hallucination-detection"),
        ("Brain MRI deviations", "Multi-modal autoencoders give normative models of brain volume across ages.", "Task/normative-modelling"),
        ("Lung CT scores", "We learn emphysema quantification from weak labels on chest CT.", "Task/regression"),
        ("Quantitative photoacoustics", "A network gives oxygen saturation estimation in vessels from multispectral photoacoustic images.", "Task/parameter-mapping"),
        ("MR elastography inversion", "Physics-informed networks perform shear wave speed estimation from MR elastography.", "Task/parameter-mapping"),
        ("Automatic plaque characterization from intracoronary OCT images", "", "Task/classification"),
        ("Myocardial strain estimation from tagged cardiac MRI", "", "Task/strain-estimation"),
        ("A network for chest radiographs", "We propose real-time drift detection for a deployed chest X-ray classifier.", "Task/ood-detection"),
        ("Spectral CT with deep learning", "A network performs basis material decomposition of photon-counting CT data.", "Task/material-decomposition"),
        ("Dual-energy CT from single-energy scans", "We synthesise virtual monoenergetic images at 40 keV.", "Task/virtual-monoenergetic-imaging"),
        ("Sparse-view CT", "We train a network for sinogram inpainting before filtered back-projection.", "Task/sinogram-completion"),
        ("High-resolution plane wave compounding with a learned prior", "", "Task/plane-wave-compounding"),
        ("Pulse-echo speed-of-sound estimation in breast ultrasound", "", "Task/sound-speed-estimation"),
        ("Virtual multiplex staining of H&E slides", "", "Task/virtual-staining"),
        ("Diffusion MRI from few directions", "A patch CNN improves diffusion tensor estimation from six directions.", "Task/parameter-mapping"),
        ("Fit-free lifetime analysis", "A network performs fluorescence lifetime estimation from photon histograms.", "Task/parameter-mapping"),
        ("Brain tissue in hyperspectral images", "We revisit spectral unmixing of in-vivo brain tissue.", "Task/spectral-unmixing"),
        ("Coronary CTA analysis", "A tracker performs vessel centreline extraction from coronary CT angiography.", "Task/centerline-extraction"),
        ("Skull implants", "We reconstruct cranial defects by point cloud completion.", "Task/shape-completion"),
        ("Femur shapes", "We learn a statistical shape model of the femur from CT.", "Task/shape-analysis"),
        ("Parkinson's disease at home", "We perform quantitative gait analysis from single-camera videos.", "Task/gait-analysis"),
        ("Infant movements", "Automated general movements assessment predicts cerebral palsy.", "Task/general-movements-assessment"),
        ("Fetal brain atlases", "We revisit atlas construction with deep registration networks.", "Task/atlas-construction"),
        ("De-identification of DICOM images", "Burned-in text detection with scene-text detectors finds patient names.", "Task/text-detection"),
        ("Colon cancer prognosis", "Deep learning based tumor\u2013stroma ratio scoring correlates with microscopic assessment.", "Task/regression"),
        ("Robotic sonography of the spine", "A reinforcement learning agent performs ultrasound probe navigation to the sacrum.", "Task/robotic-ultrasound-scanning"),
        ("Laparoscopic depth", "We revisit stereo matching with transformers on laparoscopic videos.", "Task/stereo-matching"),
        ("Predicting PD-L1 status in NSCLC patients using deep learning radiomics", "", "Task/molecular-prediction"),
        ("Automated tumor proportion scoring of PD-L1 on NSCLC needle biopsies", "", "Task/regression"),
        ("Imaging predictors of checkpoint inhibitors", "Radiomics allows the prediction of immunotherapy outcome in melanoma.", "Task/treatment-response-prediction"),
    ],
)
def test_field_task_phrases_name_their_concepts(vocabulary, title, abstract, task):
    """Compression, distillation, coreset selection, deduplication, label errors, report structuring and
    checking, hallucination evaluation, normative models, emphysema extent, oxygen saturation, stiffness;
    plaque characterization (a classification), myocardial strain, drift (out-of-distribution) detection;
    spectral CT decomposition and monoenergetic images, sinogram completion, plane-wave compounding,
    sound speed, virtual multiplexed stains, diffusion tensors, fluorescence lifetimes, unmixing."""
    assert task in keys(run(vocabulary, title, abstract), "Task")


@pytest.mark.parametrize(
    ("title", "abstract", "task"),
    [
        ("Sharing head MRI safely", "We compare defacing tools and their effect on later brain volumetry.", "Task/de-identification"),
        ("Burned-in text in ultrasound", "Our pipeline performs de-identification of DICOM headers and pixel data.", "Task/de-identification"),
        ("Robust marks for radiographs", "We propose deep learning-based medical image watermarking resistant to cropping.", "Task/watermarking"),
        ("Smooth 4D CT", "A diffusion model performs temporal interpolation between respiratory phases of 4D CT.", "Task/temporal-interpolation"),
        ("Cine MRI at a higher frame rate", "We study video frame interpolation of cardiac cine MRI.", "Task/temporal-interpolation"),
        ("Contrast in echocardiograms", "An unpaired video-to-video translation model turns apical views into contrast echocardiograms.", "Task/image-to-image-translation"),
        ("Connectomics at scale", "We present automated neuron reconstruction from serial-section electron microscopy.", "Task/neuron-tracing"),
        ("Glioma genetics on MRI", "We report MGMT promoter methylation status prediction from FLAIR images.", "Task/molecular-prediction"),
        ("Glioma genetics on MRI", "Deep features allow predicting the 1p/19q codeletion from T2 images.", "Task/molecular-prediction"),
        ("Pregnancy dating", "A mobile model gives gestational age assessment from blind-sweep ultrasound.", "Task/gestational-age-estimation"),
        ("Remote vital signs", "A two-stream transformer gives heart rate estimation from facial video.", "Task/vital-sign-estimation"),
    ],
)
def test_privacy_time_and_microscopy_tasks_of_ontology_0_3_9(vocabulary, title, abstract, task):
    """De-identification, watermarking, frames between time points, video translation, neuron tracing, marker
    statuses written with methylation or codeletion, gestational age assessment."""
    assert task in keys(run(vocabulary, title, abstract), "Task")


def test_judging_generated_reports_is_report_evaluation(vocabulary):
    """Metrics and LLM judges of machine-written reports address a task of their own, related to report generation."""
    found = keys(run(vocabulary, "QuuxJudge: LLM Judges for Radiology Report Evaluation", "We study how well language models score generated chest X-ray reports."), "Task")
    assert "Task/report-evaluation" in found


def test_a_bare_head_noun_refers_to_the_one_task_named_with_it(vocabulary):
    """'Reconstruction' in a surface reconstruction paper is that task, not image reconstruction; 'detection' in an
    anomaly detection paper is anomaly detection; a narrower task leaves its broader one to skos:broader."""
    found = keys(run(vocabulary, "QuuxNet: Cortical Pial Surface Reconstruction", "QuuxNet improves heart model reconstruction from CT."), "Task")
    assert found == {"Task/three-d-reconstruction"}
    found = keys(run(vocabulary, "Unsupervised Anomaly Detection in Brain MRI", "Our autoencoder improves detection of tumours without labels."), "Task")
    assert found == {"Task/anomaly-detection"}
    found = keys(run(vocabulary, "Image reconstruction for MRI", "We study accelerated MRI and reconstruction from k-space."), "Task")
    assert found == {"Task/reconstruction"}


def test_meshes_built_from_images_are_mesh_reconstruction(vocabulary):
    """Meshing for simulation is a 3D reconstruction of its own; a bare 'reconstruction' in a paper naming both it and
    its broader surface reconstruction is the narrower one."""
    found = keys(run(vocabulary, "QuuxMesh: volumetric meshing of the aorta", "QuuxMesh builds meshes for solid mechanics simulations from CT."), "Task")
    assert found == {"Task/mesh-reconstruction"}
    found = keys(run(vocabulary, "QuuxNet: Whole-Heart Mesh Reconstruction", "Methods first run segmentation and surface reconstruction; QuuxNet improves reconstruction of the whole heart."), "Task")
    assert "Task/reconstruction" not in found and "Task/mesh-reconstruction" in found


def test_sagittal_curves_of_the_spine_are_measured_apart_from_cobb_angles(vocabulary):
    """Lordosis and kyphosis are the spine's sagittal alignment, a measurement of its own; the Cobb angle of
    scoliosis stays Cobb angle estimation."""
    found = keys(run(vocabulary, "Automated Measurement of Thoracic Kyphosis on Radiographs", "A network measures kyphosis on lateral radiographs."), "Task")
    assert "Task/spinal-alignment-measurement" in found and "Task/cobb-angle-estimation" not in found
    found = keys(run(vocabulary, "Cobb angle measurement in scoliosis", "We estimate Cobb angles from spinal radiographs."), "Task")
    assert "Task/cobb-angle-estimation" in found and "Task/spinal-alignment-measurement" not in found


def test_choosing_what_to_acquire_is_a_task_of_its_own(vocabulary):
    """Learning which k-space lines to sample, and planning a needle's or probe's route, are tasks; k-space
    sampling named as the mechanism a reconstruction network mimics is no such task."""
    found = keys(run(vocabulary, "Adaptive k-space sampling with reinforcement learning", "A policy picks the next phase-encoding lines of a cardiac MRI scan."), "Task")
    assert "Task/k-space-sampling" in found
    found = keys(run(vocabulary, "Needle path planning for lung biopsy", "We plan safe puncture paths on CT that avoid vessels."), "Task")
    assert "Task/path-planning" in found
    found = keys(run(vocabulary, "Accelerated MRI reconstruction", "Our network convolves k-space along the phase-encoding direction, resembling k-space sampling."), "Task")
    assert "Task/k-space-sampling" not in found


def test_turning_paper_ecgs_into_signals_is_ecg_digitization_not_slide_scanning(vocabulary):
    """Recovering signals from ECG printouts is a task; slides 'digitized' by a scanner are how the data was made."""
    found = keys(run(vocabulary, "Auto lead extraction and digitization of ECG paper records", "We recover each lead's signal from photographs."), "Task")
    assert "Task/ecg-digitization" in found
    found = keys(run(vocabulary, "Gleason grading", "We grade 10,616 digitized prostate biopsies; slide digitization varied across scanners."), "Task")
    assert "Task/ecg-digitization" not in found


def test_smoke_light_and_reflections_are_three_enhancements_of_endoscopic_images(vocabulary):
    """Desmoking, low-light enhancement and specular reflection removal are separate tasks of endoscopic image
    enhancement, each named by its own papers."""
    found = lambda title: keys(run(vocabulary, title, "We evaluate on laparoscopic images."), "Task")  # noqa: E731
    assert "Task/smoke-removal" in found("Self-supervised video desmoking for laparoscopic surgery")
    assert "Task/low-light-enhancement" in found("Low-light image enhancement of capsule endoscopy")
    assert "Task/specular-reflection-removal" in found("Specular highlight removal in endoscopy")
    assert "Task/image-enhancement" in vocabulary.ancestors("Task/smoke-removal")


def test_ocular_biometry_from_images_is_predicted_as_tasks_of_its_own(vocabulary):
    """Myopia studies predict the refractive error and the axial length of the eye from fundus photographs."""
    found = keys(run(vocabulary, "Deep learning estimation of axial length from fundus photographs", "Spherical equivalent prediction in children is a second output."), "Task")
    assert {"Task/axial-length-prediction", "Task/refractive-error-prediction"} <= found
    assert "Task/regression" in vocabulary.ancestors("Task/axial-length-prediction")


def test_skull_stripping_before_segmentation_keeps_both_tasks(vocabulary):
    """Skull stripping is related to segmentation, not a kind of it: a pipeline that strips the skull and then
    segments tumours addresses both ('brain extraction' was once a label of segmentation itself)."""
    found = keys(run(vocabulary, "Glioma segmentation", "Scans undergo brain extraction; a 3D network then performs tumour segmentation."), "Task")
    assert {"Task/skull-stripping", "Task/segmentation"} <= found


def test_pre_training_is_a_stage_of_training_not_a_task(vocabulary):
    """Pre-training is a setting (as fine-tuning is); its kinds stay representation learning, and a paper
    whose pre-training is the subject still addresses representation learning."""
    found = keys(run(vocabulary, "Large-scale Multi-sequence Pretraining for MRI", "A three-stage pipeline uses continued pretraining and supervised fine-tuning."), "Task")
    assert "Task/pretraining" not in found
    assert "Task/representation-learning" in keys(run(vocabulary, "Ultrasound models", "We use self-supervised pre-training on ultrasound videos."), "Task")


def test_recognising_or_identifying_a_disease_is_classification_beside_diagnosis(vocabulary):
    """'Disease recognition' sorts images into disease classes, as 'disease classification' does; a paper that
    also names 'region-aware diagnosis' addresses both."""
    found = keys(run(vocabulary, "A universal model", "It achieves the best results in segmentation, disease recognition, and region-aware diagnosis."), "Task")
    assert {"Task/classification", "Task/diagnosis"} <= found
    assert "Task/classification" in keys(run(vocabulary, "Weakly supervised learning", "We study disease identification in chest X-rays."), "Task")


@pytest.mark.parametrize(
    ("abstract", "names_it"),
    [
        ("Tumours were delineated by two radiologists following standardized guidelines and quality control measures.", False),
        ("Our pipeline generates instructions with rigorous quality assurance of every answer.", False),
        ("We propose automated quality control of brain MRI scans before analysis.", True),
        ("This makes QC (quality control) a crucial first step. Our QC method detects 92% of artifacts.", True),
        ("The model was evaluated on three tasks: quality assessment, glaucoma detection, and thinning classification.", True),
        ("Annotations passed quality control of the segmentation masks.", False),
    ],
)
def test_quality_control_is_a_task_only_about_images(vocabulary, abstract, names_it):
    """Quality control of annotations or generated text is no image quality assessment; of scans, listed
    among the paper's tasks, or where the paper defines the abbreviation, it is."""
    found = keys(run(vocabulary, "A dataset for head and neck cancer", abstract), "Task")
    assert ("Task/quality-assessment" in found) == names_it


def test_radiomics_is_a_way_of_describing_images_not_a_task(vocabulary):
    """What a radiomic model predicts is the task; the handcrafted features it predicts from are setting:radiomics."""
    found = keys(run(vocabulary, "A CT radiomics signature for lung cancer", "Radiomic features of the tumour are used for survival prediction."), "Task")
    assert "Task/radiomics" not in found
    assert "Task/survival-analysis" in found or "Task/prognosis" in found


def test_a_broader_task_sharing_its_head_with_a_narrower_one_in_a_list_is_kept(vocabulary):
    """"Image and Video Generation" names both tasks, as "image generation and video generation" would."""
    found = keys(run(vocabulary, "EchoFlow: A Foundation Model for Cardiac Ultrasound Image and Video Generation", "We train flow models on echocardiograms."), "Task")
    assert {"Task/image-generation", "Task/video-generation"} <= found


def test_the_verb_opening_a_task_phrase_names_only_the_phrases_task(vocabulary):
    found = keys(run(vocabulary, "Noisy labels in chest X-rays", "Our score is used for detecting noisy labels in training sets."), "Task")
    assert found == {"Task/label-error-detection"}


def test_an_improvement_over_an_existing_baseline_is_the_papers_own_result(vocabulary):
    """"existing" is a background cue, but "an improvement over the strongest existing baseline" reports the paper's result."""
    found = keys(
        run(
            vocabulary,
            "Preference optimization for medical vision-language models",
            "We compare nine variants on two models. This design yields a 3.6% improvement over the strongest existing baseline "
            "on visual question-answering tasks.",
        ),
        "Task",
    )
    assert "Task/vqa" in found


def test_a_counted_plural_task_word_names_labels_not_a_task(vocabulary):
    found = tasks(vocabulary, "We release 160,000 radiographs. The reports were labeled with 174 findings and 19 differential diagnoses.")
    assert "Task/diagnosis" not in found
    assert "Task/diagnosis" in tasks(vocabulary, "Our model supports the differential diagnosis of 19 lung diseases.")


def test_interpreting_images_of_any_common_modality_is_image_interpretation(vocabulary):
    extraction = run(vocabulary, "Video CLIP Model for Multi-View Echocardiography Interpretation", "We train a video-language model on echocardiographic videos.")
    assert "Task/image-interpretation" in keys(extraction, "Task")


def test_a_task_phrase_needs_the_head_noun_of_its_of_phrase(vocabulary):
    found = tasks(vocabulary, "We highlight issues with the evaluation of a large portion of CXR report generation models in the literature.")
    assert "Task/report-evaluation" not in found
    assert "Task/report-evaluation" in tasks(vocabulary, "We propose a metric for the evaluation of generated radiology reports.")


def test_a_patients_prognosis_is_no_prognosis_task(vocabulary):
    found = tasks(vocabulary, "To identify the feasibility of a network for detecting hip fractures. A missed fracture leads to a dismal prognosis.")
    assert "Task/prognosis" not in found
    assert "Task/prognosis" in tasks(vocabulary, "We predict the prognosis of patients with lung cancer.")


def test_scoring_immunohistochemistry_and_separating_stains_are_tasks(vocabulary):
    found = tasks(vocabulary, "We present a single-step solution to stain deconvolution, cell segmentation and IHC scoring of whole slide images.")
    assert {"Task/stain-deconvolution", "Task/ihc-scoring", "Task/segmentation"} <= found


def test_ejection_fraction_named_beside_cardiac_function_is_the_task(vocabulary):
    found = keys(run(vocabulary, "Echocardiography video models", "We estimate cardiac function from apical views. Our ejection fraction estimation errs by 5%."), "Task")
    assert "Task/cardiac-function-estimation" not in found


def test_a_segmentation_benchmark_run_on_gives_its_task_where_the_paper_names_none(vocabulary):
    """'We evaluate BrainFounder using the ATLAS v2.0 dataset': ATLAS is made for lesion segmentation
    (kg:addressesTask in the dataset vocabulary), so a paper run on it addresses segmentation. BraTS
    is no single-task benchmark (survival prediction, MGMT status): a survival study on it is no
    segmentation study."""
    e = run(vocabulary, "BrainFounder: brain foundation models", "We rigorously evaluate our model, BrainFounder, using the ATLAS v2.0 dataset.")
    assert any(l.object == "Task/segmentation" and l.rule == "benchmark-task" for l in e.links)
    e = run(vocabulary, "Survival prediction of glioma patients", "Our method reached an accuracy of 57.1% on the BraTS 2018 validation set.")
    assert not any(l.object == "Task/segmentation" for l in e.links)


def test_a_paper_naming_its_own_task_ran_a_benchmark_for_that_task(vocabulary):
    """Super-resolution evaluated on a segmentation benchmark is no segmentation study."""
    e = run(
        vocabulary,
        "Inter-slice interpolation of CT and MR volumes",
        "Experiments on BraTS 2019 and MSSEG 2016 demonstrate state-of-the-art MR image super-resolution, "
        "with at least 1.14 dB improvement on the MSD dataset.",
    )
    assert keys(e, "Task") == {"Task/super-resolution"}
    assert not any(l.object == "Task/segmentation" for l in e.links)


def test_digital_camera_images_are_clinical_photography(vocabulary):
    e = run(vocabulary, "Skin conditions", "We classify skin conditions from digital camera images.")
    assert "Modality/clinical-photography" in keys(e, "Modality")


def test_lab_indices_and_collimator_jaws_are_no_anatomy(vocabulary):
    e = run(vocabulary, "Liver fibrosis", "We compare with the aspartate transaminase-to-platelet ratio index. Inputs are MLC/jaw projections of the liver.")
    assert keys(e, "AnatomicalStructure") == {"AnatomicalStructure/liver"}


def test_a_step_done_without_names_no_task_and_skull_stripping_no_skull(vocabulary):
    """'with no skull-stripping preprocessing': the paper does without the step; and stripping the
    skull targets the brain, not the skull."""
    e = run(vocabulary, "Alzheimer's disease classification", "Experiments on brain MRI with no skull-stripping preprocessing show gains.")
    assert "Task/skull-stripping" not in keys(e, "Task")
    assert keys(e, "AnatomicalStructure") == {"AnatomicalStructure/brain"}
    e = run(vocabulary, "Preprocessing neonatal MRI", "We perform skull stripping of brain MRI.")
    assert "Task/skull-stripping" in keys(e, "Task") and "AnatomicalStructure/skull" not in keys(e, "AnatomicalStructure")


def test_an_aside_in_brackets_does_not_break_a_list_of_kinds(vocabulary):
    """'Digital mammograms (DM or 2D mammogram) and digital breast tomosynthesis (DBT or 3D mammogram)':
    two items of one list, the broader mammography one of them, though the aside holds an 'or'."""
    e = run(
        vocabulary,
        "Joint 2D-3D breast cancer classification",
        "Digital mammograms (DM or 2D mammogram) and digital breast tomosynthesis (DBT or 3D mammogram) are used in practice.",
    )
    assert {"Modality/mammography", "Modality/dbt"} <= keys(e, "Modality")


def test_single_image_super_resolution_abbreviated_is_the_task_not_a_model(vocabulary):
    e = run(vocabulary, "MRI super-resolution", "Recent studies show that single image super-resolution (SISR), a technique to recover details, works. We improve SISR.")
    assert "Task/super-resolution" in keys(e, "Task")
    assert not keys(e, "Model")


@pytest.mark.parametrize(
    ("title", "abstract", "task"),
    [
        ("Deep learning on echocardiograms", "Our network can identify cardiac structures and estimate cardiac function.", "Task/cardiac-function-estimation"),
        ("Cardiac MRI analysis", "We automate left ventricular function assessment on cine MRI.", "Task/cardiac-function-estimation"),
        ("Echocardiography video models", "We estimate cardiac function from apical views. Our ejection fraction estimation errs by 5%.", "Task/ejection-fraction-estimation"),
        ("TieNet for chest X-rays", "We turn the classifier into a chest X-ray reporting system that writes a preliminary report.", "Task/report-generation"),
        ("Radiology assistants", "Automated reporting of head CT scans could reduce delays.", "Task/report-generation"),
        ("CheXbert", "Existing approaches to report labeling rely on rules. We study radiology report labeling with BERT.", "Task/report-labeling"),
        ("Weak labels for chest X-rays", "The extraction of labels from radiology text reports enables large-scale training.", "Task/report-labeling"),
        ("RadCliQ", "We propose metrics to evaluate the quality of generated reports from chest X-rays.", "Task/report-evaluation"),
        ("A deep learning dose engine", "Conventional radiotherapy dose calculation algorithms are slow.", "Task/dose-prediction"),
        ("Liver stiffness", "We learn fibrosis stage prediction from shear wave elastography.", "Task/disease-staging"),
        ("Referral by uncertainty", "We evaluate Bayesian uncertainty measures for diagnosing diabetic retinopathy.", "Task/uncertainty-estimation"),
        ("EchoNet-Dynamic: a video dataset", "Three 3D convolutional architectures for video classification are used to assess ejection fraction.", "Task/ejection-fraction-estimation"),
        ("EchoNet-Dynamic: a video dataset", "We study automated approaches to evaluate cardiac function from echocardiograms.", "Task/cardiac-function-estimation"),
    ],
)
def test_task_labels_of_ontology_0_3_12(vocabulary, title, abstract, task):
    """Cardiac function (ejection fraction its most specific kind), automated and chest X-ray
    reporting, report labeling and report metrics, dose calculation, fibrosis staging, uncertainty measures."""
    assert task in keys(run(vocabulary, title, abstract), "Task")


def test_estimating_clinical_indices_is_biomarker_estimation(vocabulary):
    found = keys(run(vocabulary, "Echocardiography", "We assess 2D echocardiographic images, segmenting cardiac structures as well as estimating clinical indices."), "Task")
    assert found == {"Task/segmentation", "Task/regression"}


def test_a_prognostic_model_is_prognosis(vocabulary):
    found = keys(run(vocabulary, "Structural features of FDG-PET uptake", "We perform prognostic model selection with logistic models and random forests on PET features."), "Task")
    assert "Task/prognosis" in found


def test_bone_age_is_a_task_of_its_own_under_age_estimation(vocabulary):
    """Skeletal maturity read from hand radiographs is one clinical task; brain age stays age estimation."""
    e = run(vocabulary, "The pediatric bone age challenge", "Models had to determine skeletal age in hand radiographs; the reference standard was bone age.")
    assert "Task/bone-age-assessment" in keys(e, "Task") and "Task/age-estimation" not in keys(e, "Task")
    e = run(vocabulary, "Brain age from MRI", "We estimate brain age from T1-weighted MRI.")
    assert "Task/age-estimation" in keys(e, "Task") and "Task/bone-age-assessment" not in keys(e, "Task")


def test_a_label_that_is_an_idiom_whole_names_its_concept(vocabulary):
    """An idiom voids the terms inside it ("bone" in "bone age", "reconstruction" in "masked image
    reconstruction"), not a label that is the idiom itself; an idiom with no label of its own still
    names nothing ("a joint space of images and text")."""
    e = run(vocabulary, "Radiographs of children", "We estimate bone age from hand radiographs.")
    assert "Task/bone-age-assessment" in keys(e, "Task") and "AnatomicalStructure/bone" not in keys(e, "AnatomicalStructure")
    e = run(vocabulary, "Pretraining for CT", "We pretrain the encoder by masked image reconstruction.")
    assert keys(e, "Task") == {"Task/representation-learning"}
    e = run(vocabulary, "Knee osteoarthritis grading", "We learn a joint space of images and text. Joint space narrowing is graded.")
    assert [m.text for m in e.mentions if m.key == "AnatomicalStructure/joint"] == ["Joint space narrowing"]


def test_registering_images_is_registration(vocabulary):
    assert "Task/registration" in keys(run(vocabulary, "SegReg: Segmenting OARs by Registering MR Images and CT Annotations", "We segment organs at risk."), "Task")


def test_a_reconstruction_objective_of_pretraining_is_no_reconstruction_task(vocabulary):
    e = run(
        vocabulary,
        "A retinal foundation model",
        "Our pretraining strategy combines self-supervised reconstruction and image-text contrastive learning. "
        "A reconstruction objective regularises the encoder.",
    )
    assert "Task/reconstruction" not in keys(e, "Task")
    assert "Task/reconstruction" in keys(run(vocabulary, "Accelerated MRI", "We study the reconstruction of undersampled MRI."), "Task")


def test_a_head_noun_left_unsaid_before_and_is_shared_with_the_next_task(vocabulary):
    """"text-to-image and image-to-text retrieval" are two retrievals, no image generation; "lesion
    detection and segmentation" keep their own heads."""
    e = run(vocabulary, "A pathology foundation model", "It leads on text-to-image and image-to-text retrieval, and on lesion detection and segmentation.")
    assert keys(e, "Task") == {"Task/retrieval", "Task/detection", "Task/segmentation"}


def test_data_augmentation_is_what_an_augmentation_method_does(vocabulary):
    """Reinstated as a task in ontology 0.3.13; "contrast augmentation" as a training detail stays none."""
    e = run(vocabulary, "A GAN-Based Data Augmentation Method for Imbalanced Skin Lesion Classification", "We synthesize lesion images.")
    assert {"Task/data-augmentation", "Task/classification"} <= keys(e, "Task")


def test_cobb_angle_estimation_is_a_measurement_task(vocabulary):
    e = run(vocabulary, "Scoliosis from radiographs", "We propose automated Cobb angle estimation and compare spinal curvature estimation methods.")
    assert keys(e, "Task") == {"Task/cobb-angle-estimation"}


def test_a_classifier_named_in_passing_is_a_part_of_the_method_not_its_task(vocabulary):
    e = run(
        vocabulary,
        "Semi-supervised segmentation of intrapartum ultrasound",
        "We segment the pubic symphysis in ultrasound images. "
        "Two students supervise each other by minimizing the classifier determinacy discrepancy.",
    )
    assert keys(e, "Task") == {"Task/segmentation"}


@pytest.mark.parametrize(
    "title, abstract",
    [
        ("A shallow classifier for breast cancer", "We segment the breast in mammograms and compare it with radiologists."),
        ("Breast cancer on mammograms", "We segment the breast. A classifier reads the segments. The classifier beats radiologists."),
        ("Breast cancer on mammograms", "Our network reads mammograms. A classifier on its features beats radiologists."),
    ],
)
def test_a_classifier_in_the_title_in_two_sentences_or_as_the_only_task_names_classification(vocabulary, title, abstract):
    assert "Task/classification" in keys(run(vocabulary, title, abstract), "Task")


def test_predicting_lymph_node_metastasis_or_status_is_metastasis_prediction_a_kind_of_staging(vocabulary):
    e = run(vocabulary, "Deep learning for prediction of lymph node metastasis in T1 lung adenocarcinoma", "We aim at predicting LN status on staging CT.")
    assert keys(e, "Task") == {"Task/metastasis-prediction"}
    assert "Task/disease-staging" in vocabulary.ancestors("Task/metastasis-prediction")


def test_plain_language_reports_are_text_simplification_not_summarization(vocabulary):
    found = tasks(vocabulary, "Radiologists rated the radiology report simplification by ChatGPT; the simplified reports were mostly correct.")
    assert "Task/text-simplification" in found and "Task/summarization" not in found


@pytest.mark.parametrize(
    ("title", "task"),
    [
        ("hist2RNA: a deep learning architecture to predict gene expression from histopathology images", "Task/molecular-prediction"),
        ("Deep learning can predict microsatellite instability directly from histology", "Task/molecular-prediction"),
        ("A transformer that segments brain tumors on MRI", "Task/segmentation"),
    ],
)
def test_a_title_states_its_task_with_a_base_verb(vocabulary, title, task):
    assert task in keys(run(vocabulary, title, "We train it on 500 patients."), "Task")


def test_a_base_verb_outside_the_title_names_no_task(vocabulary):
    # the abstract's verbs say what models do in general ("Such models predict gene expression ...")
    found = keys(run(vocabulary, "A study of slides", "Such models predict gene expression from slides, as earlier work showed."), "Task")
    assert "Task/molecular-prediction" not in found


@pytest.mark.parametrize(
    ("phrase", "task"),
    [
        ("Tumor-infiltrating lymphocyte scoring in breast cancer", "Task/regression"),
        ("the prediction of tumor proliferation scores from whole-slide images", "Task/regression"),
    ],
)
def test_pathology_scores_are_estimation_tasks(vocabulary, phrase, task):
    assert task in keys(run(vocabulary, "A study of breast cancer slides", f"We address {phrase}."), "Task")


def test_a_verb_whose_object_is_a_model_names_no_task(vocabulary):
    """"translating such image models into workflows" moves models into practice, not images between
    domains; the same verb on images still names the task."""
    assert "Task/image-to-image-translation" not in tasks(vocabulary, "Evaluations are needed before translating such image models into clinical workflows.")
    assert "Task/image-to-image-translation" in tasks(vocabulary, "We propose translating images across scanners.")


@pytest.mark.parametrize(
    ("abstract", "task"),
    [
        ("We propose two techniques for breast density prediction on digital mammograms.", "Task/regression"),
        ("HistoGAN images added by selective synthetic augmentation improve the classifier.", "Task/data-augmentation"),
        ("We re-annotate the dataset with a three-level image quality grading system.", "Task/quality-assessment"),
        ("DLRE shows the best overall performance in predicting liver fibrosis stages compared with 2D-SWE.", "Task/disease-staging"),
    ],
)
def test_field_phrasings_name_their_task(vocabulary, abstract, task):
    assert task in tasks(vocabulary, abstract)


def test_a_verb_phrase_cut_after_its_task_words_is_not_cut_inside_a_hyphenated_word(vocabulary):
    """Words may follow a task's label in the object ("predicting liver fibrosis stages compared
    with ..."), but no label starts inside a hyphenated word."""
    assert "Task/disease-staging" in tasks(vocabulary, "We report accuracy in predicting liver fibrosis stages compared with elastography.")
    assert "Task/dose-prediction" not in tasks(vocabulary, "We focus on predicting standard-dose PET images from low-dose ones.")


def test_segment_as_a_verb_names_segmentation_but_the_noun_does_not(vocabulary):
    assert "Task/segmentation" in tasks(vocabulary, "We segment the lungs and the heart with a 2D network.")
    assert "Task/segmentation" in tasks(vocabulary, "A 2D network is trained to segment the lungs.")
    assert "Task/segmentation" not in tasks(vocabulary, "We grade each lung segment and the ST segment of the ECG.")


def test_kinds_readers_name_by_the_generic_task_are_that_task(vocabulary):
    """Interactive and universal segmentation, image-text retrieval, 2D/3D registration, unsupervised
    domain adaptation, and self-supervised, contrastive and vision-language pretraining with masked
    image modelling are named by readers as the generic task (the segmentation, the retrieval, the
    representation learning...), each one node with it."""
    found = tasks(vocabulary, "We study interactive segmentation and universal segmentation, and we segment the liver.")
    assert found == {"Task/segmentation"}
    assert tasks(vocabulary, "It leads on image-text retrieval and image retrieval.") == {"Task/retrieval"}
    assert tasks(vocabulary, "We study unsupervised domain adaptation across scanners.") == {"Task/domain-adaptation"}
    assert tasks(vocabulary, "The encoder is pretrained with masked image modeling, a self-supervised learning objective.") == {"Task/representation-learning"}
    found = tasks(vocabulary, "We study contrastive learning and vision-language pretraining for representation learning of slides.")
    assert found == {"Task/representation-learning"}
    assert tasks(vocabulary, "We study arrhythmia detection from the ECG.") == {"Task/detection"}


def test_quantification_names_biomarker_estimation_but_is_never_matched_alone(vocabulary):
    """Readers name the estimation of a clinical quantity "quantification", "measurement" or
    "regression": names of the concept in the graph, but too broad to find it alone in text
    ("quantification of uncertainty" estimates no clinical quantity)."""
    concept = vocabulary.concepts["Task/regression"]
    assert {"quantification", "measurement", "regression"} <= set(concept.labels)
    assert "Task/regression" not in tasks(vocabulary, "Quantification of uncertainty and measurement noise need regression.")
    assert tasks(vocabulary, "We propose automated measurement of the fetal head.") == {"Task/regression"}


def test_classifying_grades_is_grading(vocabulary):
    """"KL grade classification": sorting images by grade is grading, as readers name it."""
    found = keys(run(vocabulary, "Attention-based CNN for KL Grade Classification", "We train a network on knee radiographs."), "Task")
    assert found == {"Task/grading"}


def test_instance_and_semantic_segmentation_are_segmentation(vocabulary):
    """Readers name instance and semantic segmentation the segmentation task, however written: one
    node with the paper's plain segmentation, not a narrower task beside it ("segmenting instances of
    nuclei" too, where the verb form reads its object into the label)."""
    found = keys(run(vocabulary, "Nuclei in H&E slides", "We propose a method for segmenting instances of nuclei."), "Task")
    assert found == {"Task/segmentation"}
    found = tasks(vocabulary, "We study semantic segmentation of organs and nuclei instance segmentation, and segment the lungs.")
    assert found == {"Task/segmentation"}


def test_predicting_disease_activity_relapse_or_exacerbation_is_prognosis(vocabulary):
    """Forecasting whether a chronic disease turns active within a horizon is its prognosis."""
    for title in ("Predicting Multiple Sclerosis Disease Activity from Longitudinal MRI", "Relapse prediction in multiple sclerosis from brain MRI", "Exacerbation prediction in COPD from chest CT"):
        assert "Task/prognosis" in keys(run(vocabulary, title, "We train a network on longitudinal scans."), "Task")


def test_an_opening_about_a_task_names_that_task_not_what_it_is_crucial_for(vocabulary):
    """Where every task sits in background sentences, the opening sentence's come back; of an opening
    "Segmentation plays a crucial role in diagnosing ...", the task before the background cue is the
    one it is about. "The existing denoising methods ..." puts its cue before every task and keeps them."""
    title = "Exploring the zero-shot capabilities of SAM: a comprehensive evaluation"
    opening = "Segmentation in medical imaging plays a crucial role in diagnosing, monitoring, and treating diseases. "
    rest = "The current landscape is dominated by specialized models. In this study, we assess the zero-shot capabilities of SAM on six datasets."
    assert keys(run(vocabulary, title, opening + rest), "Task") == {"Task/segmentation"}
    existing = "The existing deep learning-based denoising methods rely on a single dose level. "
    assert keys(run(vocabulary, title, existing + rest), "Task") == {"Task/denoising"}


@pytest.mark.parametrize(
    ("title", "task"),
    [
        ("An automated neuroradiology MRI protocoling tool with natural language processing", "Task/protocol-selection"),
        ("Deep learning-based automatic scan range selection from scout images in chest CT", "Task/scan-planning"),
        ("Fully automated patient positioning in CT using localizer images and a deep neural network", "Task/patient-positioning"),
    ],
)
def test_the_steps_of_the_radiology_workflow_before_a_scan_are_tasks(vocabulary, title, task):
    """Choosing the protocol, placing the patient and setting the scan range are what these methods do."""
    assert task in keys(run(vocabulary, title, "We develop and evaluate the method on clinical examinations."), "Task")


def test_data_augmentation_in_passing_is_how_a_model_was_trained_not_a_task(vocabulary):
    """Named in the body of a segmentation paper, data augmentation is a means; the title naming it,
    or a synthetic augmentation the paper contributes, keeps it a task."""
    passing = run(vocabulary, "Guidewire tip segmentation in fluoroscopy", "We segment guidewire tips with a U-Net. Using extensive data augmentation, the network generalised to new sites.")
    assert keys(passing, "Task") == {"Task/segmentation"}
    titled = run(vocabulary, "Learned data augmentation for skin lesion classification", "We classify lesions. Data augmentation doubles the training set.")
    assert "Task/data-augmentation" in keys(titled, "Task")
    synthetic = run(vocabulary, "Chest X-ray classification", "We classify radiographs and propose synthetic data augmentation with a diffusion model.")
    assert "Task/data-augmentation" in keys(synthetic, "Task")


def test_a_means_named_in_the_title_after_via_or_as_a_driver_is_still_a_means(vocabulary):
    """'Segmentation via Prototype-Guided Calibration', 'OCT Segmentation with Contrastive Learning',
    'Clustering-driven Feature Fine-tuning': the title says how its task is done; a title whose
    subject is the means ("Learned data augmentation for ...") still names it a task."""
    via = run(vocabulary, "Class incremental medical image segmentation via prototype-guided calibration", "We segment organs as new classes arrive.")
    assert keys(via, "Task") == {"Task/segmentation"}
    with_ = run(vocabulary, "Unsupervised domain adaptation with contrastive learning for OCT segmentation", "We segment retinal fluid.")
    assert "Task/representation-learning" not in keys(with_, "Task")
    driven = run(vocabulary, "Heuristic clustering-driven feature fine-tuning for whole slide image classification", "We classify slides.")
    assert "Task/clustering" not in keys(driven, "Task")
    subject = run(vocabulary, "Learned data augmentation for skin lesion classification", "We classify lesions.")
    assert "Task/data-augmentation" in keys(subject, "Task")


def test_clinical_reasoning_is_how_clinicians_work_not_a_task(vocabulary):
    """'the stepwise clinical reasoning workflow', 'understand their visual attention and clinical
    reasoning': what clinicians do, which a method imitates; a model that reasons over medical
    images is named by medical or multimodal reasoning."""
    workflow = run(vocabulary, "Multi-agent report generation", "Agents follow the stepwise clinical reasoning workflow of radiologists to write reports.")
    assert "Task/medical-reasoning" not in keys(workflow, "Task")
    model = run(vocabulary, "MedVLM-R1: medical reasoning in vision-language models", "We train a model for multimodal reasoning on radiology images.")
    assert "Task/medical-reasoning" in keys(model, "Task")


def test_information_extraction_alone_is_what_a_network_does_not_a_task(vocabulary):
    """'global information extraction capabilities', 'extracting multi-scale information': what any
    network does to its input; extracting entities and relations from reports is the task."""
    network = run(
        vocabulary,
        "Microvessel segmentation in OCTA",
        "A transformer module provides better global information extraction capabilities. The FFB block improves segmentation by extracting multi-scale information.",
    )
    assert "Task/information-extraction" not in keys(network, "Task")
    reports = run(vocabulary, "Radiology report mining", "We perform named entity recognition and relation extraction from radiology reports.")
    assert "Task/information-extraction" in keys(reports, "Task")


def test_multimodal_fusion_is_how_a_model_works_not_a_task(vocabulary):
    """'The registered images feed a multimodal fusion module', 'Multi-Modal Learning for MS Lesion
    Segmentation', 'integrating multimodal data for survival prediction': combining modalities is how a
    model reaches the paper's task, in the body and in the title; fusing images into one image is a task."""
    passing = run(vocabulary, "Prostate segmentation on MRI", "We segment the gland on T2 MRI. Registered ADC maps enter a multimodal fusion module.")
    assert keys(passing, "Task") == {"Task/segmentation"}
    titled = run(vocabulary, "Self-supervised multi-modal learning for multiple sclerosis lesion segmentation", "We segment lesions on MRI.")
    assert "Task/multimodal-fusion" not in keys(titled, "Task") and "Task/segmentation" in keys(titled, "Task")
    integrating = run(vocabulary, "Survival prediction in glioma", "We propose integrating multimodal data and data fusion for survival prediction.")
    assert "Task/multimodal-fusion" not in keys(integrating, "Task")
    images = run(vocabulary, "Medical image fusion of CT and MRI", "We fuse registered CT and MRI into one image.")
    assert "Task/image-fusion" in keys(images, "Task")
    assert "Task/multimodal-fusion" in vocabulary.ancestors("Task/image-fusion")


def test_clustering_and_contrastive_learning_in_passing_are_means_not_tasks(vocabulary):
    """'The tumor was segmented using FCM clustering', 'a clustering-guided contrastive learning
    strategy': how a method works, in the body of a paper on another task; a title naming them keeps them."""
    passing = run(
        vocabulary,
        "Breast MRI lesion segmentation",
        "We segment lesions with a 3D network. The ground truth was made with FCM clustering. A contrastive learning strategy regularises the encoder.",
    )
    assert keys(passing, "Task") == {"Task/segmentation"}
    titled = run(vocabulary, "Contrastive learning of chest X-ray representations", "We pre-train encoders and classify findings.")
    assert "Task/representation-learning" in keys(titled, "Task")


def test_self_supervision_in_passing_is_how_a_model_was_trained_not_a_task(vocabulary):
    """'The model is trained using self-supervised learning', 'a teacher-student scheme with
    self-supervision': how a model of a paper on another task learns; a title naming it, or its
    representations as the aim, keeps representation learning."""
    passing = run(
        vocabulary,
        "Quality control of parotid gland contours",
        "We detect contouring errors on CT. The model is trained using self-supervised learning on synthetic errors. "
        "Self-supervised pretraining on unlabelled scans and self-supervision from clinical cases refine it.",
    )
    assert "Task/representation-learning" not in keys(passing, "Task")
    titled = run(vocabulary, "Self-supervised learning of fundus image features", "We pre-train encoders and grade retinopathy.")
    assert "Task/representation-learning" in keys(titled, "Task")
    aim = run(vocabulary, "Knee MRI foundation model", "We learn general-purpose representations of knee MRI with self-supervised learning.")
    assert "Task/representation-learning" in keys(aim, "Task")


def test_saliency_and_class_activation_maps_in_passing_explain_a_model_the_paper_does_not_study(vocabulary):
    """'Class activation maps were visualized using Grad-CAM' in a phase recognition paper shows what
    a model looks at; a paper on explainability names explainability, or the maps in its title."""
    passing = run(vocabulary, "Cataract surgery phase recognition", "We recognise surgical phases in videos. Class activation maps were visualized using Grad-CAM.")
    assert "Task/explainability" not in keys(passing, "Task")
    studied = run(vocabulary, "Are saliency maps trustworthy for chest X-ray classifiers?", "We compare saliency maps with radiologists' annotations.")
    assert "Task/explainability" in keys(studied, "Task")


def test_a_bare_reconstruction_in_passing_is_a_step_of_another_task(vocabulary):
    """'a reconstruction branch', 'spine contour reconstruction' in a segmentation paper: a means;
    a paper on reconstruction names it in its title, or by a fuller label ("accelerated MRI")."""
    passing = run(vocabulary, "Spine segmentation on radiographs", "We segment vertebrae. A parameterized contour enables spine contour reconstruction.")
    assert "Task/reconstruction" not in keys(passing, "Task")
    fuller = run(vocabulary, "A network for knee imaging", "We study accelerated MRI reconstruction from undersampled k-space and segment cartilage.")
    assert "Task/reconstruction" in keys(fuller, "Task")


def test_calibration_in_passing_is_a_property_measured_not_the_papers_task(vocabulary):
    passing = run(
        vocabulary,
        "Parathyroid carcinoma on ultrasound",
        "We classify parathyroid lesions. Model performance was compared in terms of discrimination, calibration and clinical utility. "
        "The classifier stratified patients into high versus low risk for disease progression.",
    )
    assert "Task/calibration" not in keys(passing, "Task") and "Task/disease-progression" not in keys(passing, "Task")
    studied = run(vocabulary, "Calibration of segmentation networks under domain shift", "We improve the calibration of segmentation networks.")
    assert "Task/calibration" in keys(studied, "Task")


@pytest.mark.parametrize("phrase", ["tumor tracking", "tumour tracking", "landmark tracking"])
def test_following_a_tumour_or_a_landmark_through_frames_is_tracking_by_its_field_name(vocabulary, phrase):
    """The whole phrase is the mention, so the tracking node keeps the field's wording as an alias."""
    e = run(vocabulary, f"Marker-less {phrase} in fluoroscopy", "We evaluate on patients.")
    assert {m.text for m in e.mentions if m.key == "Task/tracking"} == {phrase}


def test_cortical_surface_reconstruction_is_a_neuroimaging_task_of_its_own(vocabulary):
    e = run(vocabulary, "A fast pipeline for neonatal cortical surface reconstruction", "We learn diffeomorphic cortical surface reconstruction from T2-weighted brain MRI.")
    assert "Task/cortical-surface-reconstruction" in keys(e, "Task")
    assert "Task/three-d-reconstruction" in vocabulary.ancestors("Task/cortical-surface-reconstruction")


@pytest.mark.parametrize("phrase", ["PFS prediction", "progression-free survival prediction", "recurrence-free survival prediction", "OS prediction"])
def test_survival_endpoints_predicted_are_survival_analysis(vocabulary, phrase):
    e = run(vocabulary, "Breast cancer outcomes", f"The {phrase} reached a C-index of 0.74.")
    assert "Task/survival-analysis" in keys(e, "Task")


def test_a_short_form_the_paper_defines_for_a_task_names_it_later(vocabulary):
    e = run(
        vocabulary,
        "A framework for isotropic fetal brain MRI",
        "Fetal MRI suffers from motion. Reliable slice-to-volume registration (SVR)-based motion correction and "
        "super-resolution reconstruction (SRR) methods are essential. We propose an unsupervised framework. "
        "In SRR, a decoding network produces the volume, and SVR aligns each slice to it.",
    )
    found = keys(e, "Task")
    assert {"Task/super-resolution", "Task/registration"} <= found  # named in the paper's own work by their short forms


def test_pain_assessment_is_a_task_of_its_own(vocabulary):
    """Automated pain assessment from faces is a field with its own name, not diagnosis."""
    e = run(vocabulary, "Neonatal pain assessment from facial expression", "We investigate automated pain evaluation in newborns with a CNN.")
    assert keys(e, "Task") == {"Task/pain-assessment"}


def test_calcification_scoring_anywhere_is_the_measurement_task_calcium_scoring_is(vocabulary):
    e = run(vocabulary, "Abdominal aortic calcification scoring on lateral spine images", "We quantify vascular calcification.")
    assert "Task/regression" in keys(e, "Task")


def test_reconstructing_features_is_no_image_reconstruction(vocabulary):
    # a module rebuilding a network's features; the paper grades slides
    e = run(vocabulary, "Multi-instance learning based on feature reconstruction for Gleason grading of prostate cancer", "We grade whole-slide images.")
    assert "Task/reconstruction" not in keys(e, "Task")
    assert "Task/reconstruction" in keys(run(vocabulary, "Fast MRI reconstruction", "We reconstruct undersampled knee MRI."), "Task")


def test_progression_modelling_is_disease_progression_modelling(vocabulary):
    e = run(vocabulary, "Temporally-aware diffusion model for brain progression modelling", "We predict future brain MRI.")
    assert "Task/disease-progression" in keys(e, "Task")


def test_predicting_contrast_enhancement_is_virtual_contrast_enhancement(vocabulary):
    """Predicting the enhanced image from a scan without contrast agent, or with a reduced dose, is a
    kind of image generation the field names on its own (gadolinium dose reduction, contrast
    agent reduction), not a bare translation between two modalities."""
    found = lambda title, abstract: keys(run(vocabulary, title, abstract), "Task")  # noqa: E731
    assert found("Contrast-enhanced synthesis of T1w maps in brain MRI", "We address enhancement prediction with diffusion models.") == {"Task/virtual-contrast-enhancement"}
    assert found("LIP-CAR: contrast agent reduction by a learned inverse problem", "We map high-dose images to low-dose ones.") == {"Task/virtual-contrast-enhancement"}
    assert "Task/image-generation" in vocabulary.ancestors("Task/virtual-contrast-enhancement")


def test_securing_medical_images_is_encryption_or_steganography(vocabulary):
    """Enciphering images and hiding one image inside another are tasks of their own beside watermarking."""
    found = lambda title, abstract: keys(run(vocabulary, title, abstract), "Task")  # noqa: E731
    assert found("A chaotic map for medical image encryption", "The cipher resists differential attacks.") == {"Task/image-encryption"}
    assert found("Four algorithms for full size image hiding in chest x-ray images", "We study coverless image steganography.") == {"Task/steganography"}
    assert found("Zero watermarking of medical images", "Deep features give a robust zero-watermarking scheme.") == {"Task/watermarking"}


def test_bare_image_interpretation_is_background_but_a_modalitys_is_a_task(vocabulary):
    """'Radiologists rely on visual information for medical image interpretation' names what every reader
    does; 'chest X-ray interpretation' is the task of an agent that reads chest X-rays."""
    assert "Task/image-interpretation" not in keys(run(vocabulary, "RadioTransformer", "Radiologists rely on visual information for medical image interpretation."), "Task")
    assert "Task/image-interpretation" in keys(run(vocabulary, "An agent for chest X-ray interpretation", "We build a multi-agent system."), "Task")


@pytest.mark.parametrize(
    "abstract",
    [
        "The technology enables early diagnosis and objective tracking of disease progression.",
        "By tracking the gaze of radiologists as they read, we learn where they look.",
        "Our models outperform neurosurgeon experts and high-end tracking systems.",
    ],
)
def test_following_a_disease_a_gaze_or_a_tool_is_no_tracking_task(vocabulary, abstract):
    """Tracking a disease over time is monitoring, a gaze is eye tracking and a tracking system is the
    navigation hardware: none is the tracking of objects across images."""
    assert "Task/tracking" not in keys(run(vocabulary, "A study of images", abstract), "Task")


def test_a_statistical_shape_model_used_by_a_segmentation_method_is_its_means(vocabulary):
    """'combining 3D statistical shape models with CNNs' to segment: the shape model is a prior of the
    method; statistical shape modelling named as the work is still shape analysis."""
    found = keys(run(vocabulary, "Automated segmentation of knee bone and cartilage", "The approach incorporates 3D statistical shape models and 2D and 3D CNNs to segment the knee."), "Task")
    assert found == {"Task/segmentation"}
    assert "Task/shape-analysis" in keys(run(vocabulary, "DeepSSM: statistical shape modeling from images", "We learn shape models."), "Task")


def test_assessing_a_diseases_severity_is_grading_it(vocabulary):
    """Severity is an ordinal grade ("mild, moderate, severe"), not the extent a stage names."""
    found = keys(run(vocabulary, "Severity assessment of mitral stenosis", "Our model predicts the severity classification from echocardiograms."), "Task")
    assert found == {"Task/grading"}


def test_synthesising_pet_from_mri_is_image_generation(vocabulary):
    """As CT synthesis is: the tracer written before PET ("amyloid PET") stays the modality's."""
    e = run(vocabulary, "Amyloid PET synthesis from structural MRI", "A synthesised scan could spare patients a tracer.")
    assert keys(e, "Task") == {"Task/image-generation"}
    assert "Modality/pet" in keys(e, "Modality")


def test_attacks_on_a_model_and_on_its_patients_privacy_are_tasks(vocabulary):
    e = run(vocabulary, "Adversarial attacks on volumetric segmentation", "A malicious server recovers patient images by gradient inversion; we also run a membership inference attack.")
    assert {"Task/adversarial-attack", "Task/data-reconstruction-attack", "Task/membership-inference"} <= keys(e, "Task")
    assert "Task/privacy-attack" in vocabulary.ancestors("Task/membership-inference")


def test_a_task_word_before_a_part_of_a_network_names_what_the_part_does(vocabulary):
    e = run(
        vocabulary,
        "Cascaded deformable registration",
        "We register brain MRI volumes. Level 2 uses a transformer encoder and a learned super-resolution decoder.",
    )
    assert "Task/registration" in keys(e, "Task")
    assert "Task/super-resolution" not in keys(e, "Task")
    # the task itself is still one ("super-resolution of brain MRI")
    e = run(vocabulary, "A study", "We study super-resolution of brain MRI with a learned decoder.")
    assert "Task/super-resolution" in keys(e, "Task")


def test_ploidy_prediction_from_embryo_images_is_a_molecular_prediction(vocabulary):
    e = run(vocabulary, "Embryo assessment", "We evaluate the model on ploidy prediction from time-lapse embryo images.")
    assert "Task/molecular-prediction" in keys(e, "Task")


def test_a_generic_tasks_verb_is_the_named_task_it_heads_that_is_no_kind_of_it(vocabulary):
    """Out-of-distribution detection is no object detection: 'detecting lateral views' in such a paper
    is that task at work. A paper that names detection as a noun still addresses it."""
    e = run(
        vocabulary,
        "Robust out-of-distribution shifts in chest radiographs",
        "We propose a method for out-of-distribution detection in chest X-rays. "
        "It achieves 97.5% accuracy in detecting lateral views.",
    )
    assert keys(e, "Task") == {"Task/ood-detection"}
    both = run(
        vocabulary,
        "Anomaly detection and lesion detection in brain MRI",
        "We study anomaly detection and the detection of lesions in brain MRI.",
    )
    assert {"Task/anomaly-detection", "Task/detection"} <= keys(both, "Task")


def test_differentiating_one_disease_from_another_is_classification(vocabulary):
    """'differentiating thyroid eye disease and orbital myositis', 'differentiate benign from malignant
    nodules': telling classes apart is what the classifier does, as 'classify' says."""
    e = run(vocabulary, "Deep learning model for differentiating thyroid eye disease and orbital myositis on CT", "We train a CNN on orbital CT scans.")
    assert keys(e, "Task") == {"Task/classification"}
    e = run(vocabulary, "Thyroid nodules on ultrasound", "The network differentiates benign from malignant nodules.")
    assert "Task/classification" in keys(e, "Task")


def test_a_classification_loss_score_or_pixel_classification_is_no_classification_task(vocabulary):
    """A segmenter trained with 'a classification loss' against 'a domain classifier', whose 'pixel
    classification' is how it segments, classifies no images; a paper that classifies them says so."""
    found = tasks(
        vocabulary,
        "We segment the liver by pixel classification, trained with a classification loss and a domain classifier. "
        "Features are pretrained by ImageNet classification.",
    )
    assert "Task/classification" not in found
    assert "Task/classification" in tasks(vocabulary, "We classify lesions and report classification scores.")


def test_open_set_recognition_and_novel_class_discovery_are_tasks_of_their_own(vocabulary):
    """Rejecting unseen classes is classification with a reject option; finding new classes beside
    known ones is clustering: each a task a curator looks up by its name."""
    e = run(vocabulary, "Open set recognition for endoscopic image classification", "Open set recognition (OSR) rejects classes unseen in training.")
    assert "Task/open-set-recognition" in keys(e, "Task")
    assert "Task/classification" in vocabulary.ancestors("Task/open-set-recognition")
    e = run(vocabulary, "Towards novel class discovery in skin lesions", "We cluster new lesion types beside known ones.")
    assert "Task/novel-class-discovery" in keys(e, "Task")


def test_boundary_detection_a_detection_limit_and_reconstructive_surgery_are_no_tasks(vocabulary):
    """What a network's edges do ('improve prostate boundary detection'), what a sensor can measure
    ('extends the flow detection limit') and what surgeons do ('breast reconstruction surgery')."""
    found = tasks(
        vocabulary,
        "Holistically-nested networks improve prostate boundary detection. The framework extends the flow detection limit "
        "and is used in breast reconstruction surgery.",
    )
    assert not found & {"Task/detection", "Task/reconstruction"}
    assert "Task/detection" in tasks(vocabulary, "We study the detection of prostate lesions.")


def test_the_localization_of_edges_features_or_space_inside_a_network_is_no_task(vocabulary):
    """'finely restores edge localization', 'improves feature localization', 'a U-Net encoder-decoder
    for spatial localization': what a network's parts get right on the way to its task."""
    found = tasks(
        vocabulary,
        "Our segmenter finely restores edge localization and improves feature localization; its decoder serves spatial localization.",
    )
    assert "Task/localization" not in found
    assert "Task/localization" in tasks(vocabulary, "We study the localization of nodules.")
