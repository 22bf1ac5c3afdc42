"""Sentence roles: tasks the paper addresses versus tasks named as the field's motivation or others' work."""

from extracting import keys, links, run


def tasks(vocabulary, title, abstract):
    return keys(run(vocabulary, title, abstract), "Task")


def test_task_named_only_in_background_sentences_is_not_the_papers(vocabulary):
    found = tasks(
        vocabulary,
        "A lightweight network for knee MRI",
        "Knee MRI is widely acquired in orthopaedics. "
        "However, existing methods often fail at cartilage segmentation when scanners differ. "
        "We propose a lightweight network that classifies knee MRI scans as normal or abnormal. "
        "Our model reaches high accuracy in classification on two hospitals' data.",
    )
    assert "Task/classification" in found
    assert "Task/segmentation" not in found


def test_task_in_a_sentence_about_the_papers_own_work_is_kept_despite_background_words(vocabulary):
    found = tasks(
        vocabulary,
        "A lightweight network for knee MRI",
        "Knee MRI is widely acquired in orthopaedics. "
        "However, our method remains robust for cartilage segmentation when scanners differ. "
        "We report results on two hospitals' data and release the code.",
    )
    assert "Task/segmentation" in found


def test_background_sentence_naming_the_papers_own_model_is_its_own_work(vocabulary):
    found = tasks(
        vocabulary,
        "ZappaNet: a network for chest radiographs",
        "Chest radiographs are the most common examination. "
        "Radiology report generation remains hard, yet ZappaNet is crucial to it. "
        "Code and weights are released for the community to reuse.",
    )
    assert "Task/report-generation" in found


def test_opening_sentence_that_speaks_of_the_paper_is_not_background(vocabulary):
    found = tasks(
        vocabulary,
        "A study of a multimodal chatbot",
        "This paper presents an evaluation of a chatbot on radiology report generation. "
        "The chatbot answers questions about chest radiographs. "
        "It is fast. It is cheap. It is free for research use.",
    )
    assert "Task/report-generation" in found


def test_opening_sentence_on_the_field_alone_is_background(vocabulary):
    found = tasks(
        vocabulary,
        "A network for chest radiographs",
        "Deep learning has changed the diagnosis of lung disease. "
        "We train a network on chest radiographs and it denoises them. "
        "It is fast. It is cheap. It is free for research use.",
    )
    assert "Task/diagnosis" not in found


def test_opening_sentence_task_is_kept_when_the_paper_names_no_other(vocabulary):
    found = tasks(
        vocabulary,
        "Accounting for dependencies between patches of whole slide images",
        "Multiple instance learning is a key algorithm for classification of chest radiographs. "
        "Such images are typically divided into patches with only one label per image. "
        "We embed self-attention blocks to relate the patches. "
        "We evaluate it on a public challenge dataset and report state-of-the-art results.",
    )
    assert "Task/classification" in found


def test_background_cue_tasks_stay_dropped_when_the_paper_names_no_other(vocabulary):
    found = tasks(
        vocabulary,
        "A network for chest radiographs",
        "Chest radiographs are the most common examination. "
        "Existing models are usually trained with contrastive learning on image-text pairs. "
        "We train a network on chest radiographs with expert feedback. "
        "It is fast and free for research use.",
    )
    assert "Task/representation-learning" not in found


def test_opening_purpose_statement_is_the_papers_own_aim(vocabulary):
    found = tasks(
        vocabulary,
        "Automated assessment of knee radiographs",
        "To develop an automated model for staging knee osteoarthritis from radiographs. "
        "Radiographs from a public cohort were used. "
        "The model was trained with 30 000 images for classification. "
        "It performs as well as musculoskeletal radiologists.",
    )
    assert {"Task/disease-staging", "Task/classification"} <= found


def test_opening_to_date_is_still_the_fields_state(vocabulary):
    found = tasks(
        vocabulary,
        "A network for chest radiographs",
        "To date, deep learning has changed the diagnosis of lung disease. "
        "We train a network on chest radiographs and it denoises them. "
        "It is fast. It is cheap. It is free for research use.",
    )
    assert "Task/diagnosis" not in found


def test_task_named_only_as_a_prospect_or_limitation_is_not_the_papers(vocabulary):
    # "pave the way for", "opening up", "is expected to", "limited": applications and shortcomings, not the method's task
    found = tasks(
        vocabulary,
        "A lightweight network for dental panoramic X-rays",
        "Dental panoramic radiographs are acquired in many clinics. "
        "Such models are limited in their interpretability. "
        "We propose a lightweight network that classifies teeth in panoramic X-rays. "
        "Our model reaches high accuracy in classification on two hospitals' data. "
        "The findings pave the way for a wider adoption of such models in dental diagnosis. "
        "Reliable tooth numbering is expected to benefit surgery planning and treatment planning. "
        "It enables the analysis of thousands of teeth, opening up possibilities of large-scale morphometry.",
    )
    assert "Task/classification" in found
    assert not found & {"Task/diagnosis", "Task/explainability", "Task/regression", "Task/treatment-planning", "Task/surgical-planning"}


def test_task_named_only_as_a_prospect_of_the_papers_own_work_is_not_the_papers(vocabulary):
    # a prospect cue holds in a sentence about the paper's own work too ("our", a name it introduces)
    found = tasks(
        vocabulary,
        "CorneaNet: fast segmentation of cornea OCT scans",
        "Keratoconus thins the cornea. We present CorneaNet, a network that segments corneal layers in OCT scans. "
        "CorneaNet reaches a Dice score of 0.99 on 400 scans. "
        "CorneaNet could be used for early detection of keratoconus. "
        "Our freely available dataset can facilitate research in multi-modal learning. "
        "These results underscore the potential of CorneaNet in advancing diagnosis.",
    )
    assert "Task/segmentation" in found
    assert not found & {"Task/detection", "Task/multimodal-fusion", "Task/diagnosis"}


def test_a_task_also_named_outside_a_prospect_stays(vocabulary):
    found = tasks(
        vocabulary,
        "Lesion detection in mammograms",
        "We train a detector of masses on 2,000 mammograms. It detects masses with a sensitivity of 0.9. "
        "The detector could be used for lesion detection in screening programmes and may help with diagnosis.",
    )
    assert "Task/detection" in found and "Task/diagnosis" not in found


def test_a_middle_item_of_a_negated_list_is_negated_too(vocabulary):
    found = tasks(
        vocabulary,
        "TractSeg - Fast and accurate white matter tract segmentation",
        "TractSeg directly segments tracts in the field of fODF peaks without requiring tractography, image registration or parcellation. "
        "We demonstrate it in 105 subjects.",
    )
    assert "Task/tract-segmentation" in found
    assert not found & {"Task/tractography", "Task/registration"}


def test_task_named_only_before_the_paper_turns_to_its_own_work_is_background(vocabulary):
    # no background cue in the opening sentences: their place before "This paper ..." marks them
    found = tasks(
        vocabulary,
        "Deep learning for mammograms",
        "Breast cancer affects one woman in eight and calls for screening programmes. "
        "Mammography is the main screening examination in such programmes. "
        "This paper presents a two-stage network for the detection of masses in mammograms. "
        "Detection sensitivity reaches 0.91 on a public test set.",
    )
    assert "Task/detection" in found
    assert "Task/screening" not in found


def test_tasks_before_the_own_work_stay_when_the_title_names_the_papers_model(vocabulary):
    found = tasks(
        vocabulary,
        "TintaNet: a generative model for pathology slides",
        "Slides are scanned in many pathology laboratories. "
        "Generative models could render virtual staining of tissue without chemical stains. "
        "We introduce TintaNet, trained on one million tiles. "
        "Its realistic tiles serve for data augmentation.",
    )
    assert "Task/virtual-staining" in found


def test_tasks_before_the_own_work_stay_when_the_paper_names_no_other(vocabulary):
    # a survey lists the field's tasks, then turns to its own work ("Here, we review ...") without naming one
    found = tasks(
        vocabulary,
        "A survey of vision-language models in radiology",
        "Vision-language models attract much interest in radiology. "
        "Their applications include radiology report generation and visual question answering. "
        "Here, we review their architectures and the datasets used to train them. "
        "We close with a list of open questions.",
    )
    assert {"Task/report-generation", "Task/vqa"} <= found


def test_proposed_in_the_present_perfect_is_the_fields_work_not_the_papers(vocabulary):
    # "proposed" marks the paper's own work ("the proposed network"), but "have been proposed" the literature's
    found = tasks(
        vocabulary,
        "Low-dose CT denoising with a masked autoencoder",
        "Low-dose CT lowers the radiation dose of a scan. "
        "We train a masked autoencoder to denoise low-dose CT scans. "
        "Such autoencoders have been proposed for contrastive learning of vision transformers. "
        "Our network removes forty percent of the noise.",
    )
    assert "Task/denoising" in found
    assert "Task/representation-learning" not in found


def test_a_result_compared_with_previous_models_is_the_papers_own(vocabulary):
    e = run(
        vocabulary,
        "A pathology foundation model",
        "Here we curate GlimDB, a dataset of pathology images. "
        "For zero-shot classification, QuuxPLIP achieves F1 scores of 0.83 compared to 0.48 for previous models.",
    )
    assert "Task/zero-shot-classification" in keys(e, "Task")


def test_a_sentence_reporting_experimental_results_is_the_papers_own_work(vocabulary):
    found = tasks(
        vocabulary,
        "Extending a sampling-pattern learner for multi-coil MRI",
        "The previously established learner was extended to multi-coil k-space data. "
        "Experimental results show that the unrolled network had better reconstruction performance than conventional methods.",
    )
    assert "Task/reconstruction" in found


def test_a_title_name_with_a_dimension_leaves_the_motivation_of_a_long_background_out(vocabulary):
    e = run(
        vocabulary,
        "3D Quuxformer: 3D Fusion Transformer for Brain Tumor Segmentation",
        "MRI is important for brain mapping in research. Precise segmentation of brain tumors facilitates clinical "
        "diagnosis and surgical planning. Deep learning has recently improved segmentation. However, convolutions "
        "have limited receptive fields. In this work, we propose a 3D Transformer-based segmentation approach and "
        "assess it on the public BraTS datasets.",
    )
    assert keys(e, "Model") == {"Model/name:3dquuxformer"}
    assert ("Model/name:3dquuxformer", "Dataset/brats") in links(e, "evaluatedOn")
    assert keys(e, "Task") == {"Task/segmentation"}


def test_previously_unseen_data_is_what_the_paper_tests_on(vocabulary):
    found = tasks(
        vocabulary,
        "Needle tracking in ultrasound with deep learning",
        "Accurate needle guidance is crucial for safe procedures. Photoacoustic imaging shows needles with high contrast. "
        "Our network, trained on ex vivo tissue images, localizes needles precisely. "
        "The evaluation of needle segmentation performance extends to previously unseen in vivo data.",
    )
    assert "Task/segmentation" in found


def test_this_study_with_modifiers_before_its_noun_is_the_papers_own_work(vocabulary):
    # "In this radiomic study" opens the paper's own work as "In this study" does; the task it names
    # is kept although a later sentence names another task after "We"
    abstract = (
        "Radiomics mines many imaging features of tumours. Reliable methods drive its clinical success. "
        "In this {} study, twelve methods were compared for predicting overall survival from CT images. "
        "We identified that a classification method had the highest performance."
    )
    assert "Task/survival-analysis" in tasks(vocabulary, "Machine learning for radiomic biomarkers", abstract.format("radiomic"))
    assert "Task/survival-analysis" in tasks(vocabulary, "Machine learning for radiomic biomarkers", abstract.format("retrospective multi-center"))


def test_a_verb_between_this_and_study_is_no_own_work_cue(vocabulary):
    found = tasks(
        vocabulary,
        "A classifier for knee MRI",
        "Knee MRI is widely acquired in orthopaedics. Cartilage segmentation is hard to automate. "
        "This motivates further study of cartilage segmentation methods. "
        "We propose a network that classifies knee MRI scans as normal or abnormal.",
    )
    assert "Task/classification" in found
    assert "Task/segmentation" not in found


def test_an_organ_the_title_names_survives_a_narrower_one_named_only_as_background(vocabulary):
    # the opening's "white blood cells" is the field's motivation and goes; the title's broader
    # "blood cell" is what the paper images, not a concept the dropped narrower one implied
    organs = keys(
        run(
            vocabulary,
            "Detecting Leukemia in Individual Blood Cell Smear Images",
            "Leukemia is a form of blood cancer that mainly affects lymphocytes and white blood cells. "
            "Its severity varies and it progresses quickly, so a quick diagnosis is essential. "
            "This study presents a deep learning model for its diagnosis. "
            "The model reaches 95% accuracy on two public datasets.",
        ),
        "AnatomicalStructure",
    )
    assert "AnatomicalStructure/blood-cell" in organs
    assert "AnatomicalStructure/white-blood-cell" not in organs
