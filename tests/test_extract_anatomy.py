"""Anatomy at the grain a reader gives it: a structure's parts named together are the structure."""

import pytest

from extracting import keys, links, run


def anatomy(vocabulary, title, abstract):
    return keys(run(vocabulary, title, abstract), "AnatomicalStructure")


def test_retinal_layers_are_the_retina(vocabulary):
    found = anatomy(
        vocabulary,
        "Retinal layer segmentation in OCT",
        "We segment the retinal layers of the retina in optical coherence tomography scans of 50 eyes.",
    )
    assert "AnatomicalStructure/retina" in found
    assert not any("layer" in key for key in found)


def test_a_named_retinal_layer_is_its_own_structure(vocabulary):
    found = anatomy(
        vocabulary,
        "RNFL thickness from OCT",
        "We measure the retinal nerve fiber layer and the retinal pigment epithelium on OCT scans.",
    )
    assert {"AnatomicalStructure/retinal-nerve-fiber-layer", "AnatomicalStructure/retinal-pigment-epithelium"} <= found


def test_a_lumbar_disc_is_an_intervertebral_disc_not_the_lumbar_spine(vocabulary):
    found = anatomy(vocabulary, "Lumbar disk herniation on MRI", "We segment each lumbar disc on sagittal MRI scans.")
    assert "AnatomicalStructure/intervertebral-disc" in found
    assert "AnatomicalStructure/lumbar-spine" not in found


def test_cardiovascular_imaging_names_the_heart_where_the_heart_is_named(vocabulary):
    """'cardiovascular' alone named no anatomy the read samples' gold lists (0 of 10 papers), so a
    cardiovascular MRI paper targets the heart where it names the heart, the ventricles or 'cardiac'."""
    found = anatomy(
        vocabulary,
        "Deep learning for cardiovascular magnetic resonance",
        "We segment cine cardiovascular MRI scans of patients with cardiovascular disease.",
    )
    assert not found & {"AnatomicalStructure/heart", "AnatomicalStructure/cardiovascular-system"}
    assert "AnatomicalStructure/heart" in anatomy(vocabulary, "Cardiac segmentation", "We segment cine cardiovascular MRI scans of the heart.")


def test_lv_and_rv_name_the_ventricles(vocabulary):
    found = anatomy(
        vocabulary,
        "A light segmenter for cine MRI",
        "We validated our network on 100 cine MRI studies. It achieved Dice scores of 0.96 (LV blood-pool) and 0.93 (RV blood-pool).",
    )
    assert {"AnatomicalStructure/left-ventricle", "AnatomicalStructure/right-ventricle"} <= found


def test_an_implant_names_no_organ(vocabulary):
    found = anatomy(
        vocabulary,
        "Brain CT to MR synthesis",
        "Metal implants such as cardiac pacemakers and artificial joints limit MR-based radiotherapy. "
        "We translate brain CT slices into MR slices with a generative adversarial network.",
    )
    assert "AnatomicalStructure/brain" in found
    assert not found & {"AnatomicalStructure/heart", "AnatomicalStructure/joint"}
    found = anatomy(vocabulary, "Whole-body CT segmentation", "The dataset labels body regions (brain, breast implant, mediastinum) on CT.")
    assert "AnatomicalStructure/brain" in found
    assert "AnatomicalStructure/breast" not in found


def test_a_digital_rectal_exam_names_no_rectum(vocabulary):
    found = anatomy(
        vocabulary,
        "Prostate cancer detection on biparametric MRI",
        "Digital rectal examination and PSA tests lack sensitivity. We detect prostate cancer on 1,000 biparametric MRI scans.",
    )
    assert "AnatomicalStructure/prostate" in found
    assert "AnatomicalStructure/rectum" not in found


def test_the_pulp_of_a_tooth_is_dental_pulp(vocabulary):
    e = run(vocabulary, "Tooth and pulp segmentation in CBCT", "We perform tooth and pulp cavity segmentation before endodontic therapy.")
    assert {"AnatomicalStructure/teeth", "AnatomicalStructure/dental-pulp"} <= keys(e, "AnatomicalStructure")


def test_a_ct_display_window_is_no_organ(vocabulary):
    found = anatomy(
        vocabulary,
        "Intracranial haemorrhage detection in head CT",
        "Pixel values were set to the bone window and the soft tissue window before training on brain scans.",
    )
    assert "AnatomicalStructure/bone" not in found and "AnatomicalStructure/soft-tissue" not in found
    assert "AnatomicalStructure/brain" in found


def test_a_modality_on_one_body_part_gives_the_paper_that_organ_but_one_that_only_images_an_organ_does_not(vocabulary):
    e = run(vocabulary, "Pneumonia on ultrasound", "We classify B-lines in 2,000 lung ultrasound videos with a new network.")
    assert ("paper", "AnatomicalStructure/lung") in links(e, "targetsAnatomy")
    # the abstract names no colon: the vocabulary, not the paper, says colonoscopy images it
    e = run(vocabulary, "Polyp segmentation", "We segment polyps in 1,000 colonoscopy images with a new network.")
    assert ("paper", "AnatomicalStructure/colon") not in links(e, "targetsAnatomy")
    e = run(vocabulary, "Polyp segmentation", "We segment polyps of the sigmoid colon and rectum in colonoscopy images.")
    assert not any(l.rule == "modality-organ" for l in e.links)
    e = run(vocabulary, "Lesion classification", "We classify lesions in dermoscopy images of the ISIC 2019 challenge.")
    assert ("Dataset/isic-2019", "AnatomicalStructure/skin") in links(e, "targetsAnatomy")


def test_a_modality_on_one_organ_is_the_modality_and_the_organ(vocabulary):
    """"knee MRI" is MRI of the knee; so are "cardiac MRI" and "lung ultrasound" (kg:countedAs): one
    modality node, and the organ even where only a short form names the examination."""
    e = run(vocabulary, "Cine CMR segmentation", "We segment the ventricles on CMR sequences of 100 patients with a new network.")
    assert links(e, "hasModality") == {("paper", "Modality/mri")}
    assert ("paper", "AnatomicalStructure/heart") in links(e, "targetsAnatomy")
    e = run(vocabulary, "Chest CT triage", "We classify chest CT scans as normal or abnormal.")
    assert links(e, "hasModality") == {("paper", "Modality/ct")}
    assert ("paper", "AnatomicalStructure/chest") in links(e, "targetsAnatomy")


def test_a_kind_of_the_modality_beside_one_on_an_organ_is_the_only_modality(vocabulary):
    e = run(vocabulary, "COVID-19 from lung ultrasound", "We gather a lung ultrasound (LUS) dataset and advocate point-of-care ultrasound for triage.")
    assert links(e, "hasModality") == {("paper", "Modality/pocus")}
    assert ("paper", "AnatomicalStructure/lung") in links(e, "targetsAnatomy")


def test_a_slashed_pair_keeps_the_broader_modality_on_an_organ(vocabulary):
    e = run(vocabulary, "Registration", "We evaluate the loss on thoracic CT/CBCT pairs and on pelvic MR/CT pairs.")
    assert {"Modality/ct", "Modality/cbct"} <= {o for _, o in links(e, "hasModality")}


def test_a_known_dataset_of_a_modality_on_an_organ_is_of_the_modality(vocabulary):
    e = run(vocabulary, "COVID-19 triage", "We train a classifier on MosMedData.")
    assert ("Dataset/mosmeddata", "Modality/ct") in links(e, "hasModality")
    assert not any(o == "Modality/chest-ct" for _, o in links(e, "hasModality"))


def test_blood_is_imaged_as_its_cells(vocabulary):
    """An image of blood shows its cells (kg:imagedAs): a paper on white blood cells in blood smears
    targets the cells; one on blood alone, the blood."""
    found = anatomy(vocabulary, "Leukocyte classification", "We classify white blood cells in peripheral blood and bone marrow smears.")
    assert found >= {"AnatomicalStructure/white-blood-cell", "AnatomicalStructure/bone-marrow"}
    assert "AnatomicalStructure/blood" not in found
    found = anatomy(vocabulary, "Blood smear analysis", "We detect parasites in thin smears of peripheral blood.")
    assert "AnatomicalStructure/blood" in found


def test_head_motion_and_cardiovascular_risk_name_no_organ(vocabulary):
    """Head motion is a movement in the scanner, cardiovascular risk an outcome: what is imaged is the
    brain and the coronary arteries; "head motion estimation" is still the task."""
    e = run(
        vocabulary,
        "Retrospective Head Motion Estimation in Structural Brain MRI",
        "Calcium in the coronary arteries predicts cardiovascular events and cardiovascular risk.",
    )
    assert keys(e, "AnatomicalStructure") == {"AnatomicalStructure/brain", "AnatomicalStructure/coronary-artery"}
    assert "Task/tracking" in keys(e, "Task")


def test_organelles_and_neurons_in_electron_microscopy_are_structures_of_their_own(vocabulary):
    found = anatomy(
        vocabulary,
        "Connectomics at scale",
        "We segment mitochondria in electron microscopy volumes and trace neurons across serial sections.",
    )
    assert {"AnatomicalStructure/mitochondrion", "AnatomicalStructure/neuron"} <= found


def test_brain_lobes_fingers_and_forearm_bones_are_structures_of_their_own(vocabulary):
    found = anatomy(
        vocabulary,
        "Radiograph and MRI findings",
        "Our model detects abnormalities on finger, hand and wrist radiographs and fractures of the ulna. "
        "Saliency maps highlight the hippocampus and temporal lobe, and the frontal lobes.",
    )
    assert {
        "AnatomicalStructure/finger", "AnatomicalStructure/hand", "AnatomicalStructure/wrist", "AnatomicalStructure/ulna",
        "AnatomicalStructure/hippocampus", "AnatomicalStructure/temporal-lobe", "AnatomicalStructure/frontal-lobe",
    } <= found


def test_an_organs_whole_label_in_title_case_abbreviates_the_organ_not_a_name(vocabulary):
    e = run(
        vocabulary,
        "Vessel topology benchmark",
        "The Circle of Willis (CoW) is a network of arteries of the brain. We release an annotated CoW dataset "
        "and segment the CoW components on MRA.",
    )
    assert not keys(e, "Dataset") and not keys(e, "Model")
    assert {m.text for m in e.mentions if m.key == "AnatomicalStructure/cerebral-vessels"} >= {"Circle of Willis", "CoW"}


def test_blood_pressure_and_ai_in_the_hands_of_clinicians_name_no_anatomy(vocabulary):
    found = anatomy(
        vocabulary,
        "Anaemia from fundus photographs",
        "Metadata included age, sex and blood pressure. AI in the hands of non-expert clinicians helps. We image the retina.",
    )
    assert found == {"AnatomicalStructure/retina"}


def test_a_midline_shift_is_a_finding_not_a_structure(vocabulary):
    # the head CT names the head; intracranial hemorrhage is a disease, no brain (see the diseases named after organs)
    assert anatomy(vocabulary, "Head CT findings", "We detect intracranial hemorrhage, midline shift and mass effect on head CT scans.") == {"AnatomicalStructure/head"}


def test_the_head_is_named_as_such_but_not_a_networks_heads_or_the_pancreatic_head(vocabulary):
    assert anatomy(vocabulary, "Critical findings", "We detect fractures of the head on CT scans.") == {"AnatomicalStructure/head"}
    assert anatomy(vocabulary, "Radiotherapy", "We segment organs at risk in head-and-neck cancer.") == {"AnatomicalStructure/neck"}
    assert anatomy(
        vocabulary,
        "Pathology transformer",
        "We design task-specific adaptation heads, projection heads and Deep Supervision (DS) heads. "
        "Tumours of the pancreatic head are segmented.",
    ) == {"AnatomicalStructure/pancreas"}


def test_retinal_cells_and_layers_that_oct_measures_are_their_own_structures(vocabulary):
    e = run(
        vocabulary,
        "Glaucoma from OCT",
        "Glaucomatous progression is monitored by the degeneration of retinal ganglion cells (RGCs). The network "
        "extracts the retinal nerve fiber layer and the ganglion cell with the inner plexiform layer (GCIPL).",
    )
    assert keys(e, "AnatomicalStructure") >= {
        "AnatomicalStructure/retinal-ganglion-cells", "AnatomicalStructure/retinal-nerve-fiber-layer",
        "AnatomicalStructure/ganglion-cell-inner-plexiform-layer",
    }
    assert "AnatomicalStructure/inner-plexiform-layer" not in keys(e, "AnatomicalStructure")


def test_an_organ_in_the_name_of_an_institution_is_no_target(vocabulary):
    e = run(
        vocabulary,
        "Transplant rejection from pathology slides",
        "Rejection was graded by the International Society for Heart and Lung Transplantation (ISHLT) system. "
        "ECGs were selected from the Heart Center Leipzig. Funding British Heart Foundation. We segment the heart.",
    )
    assert keys(e, "AnatomicalStructure") == {"AnatomicalStructure/heart"}
    assert {m.sentence for m in e.mentions if m.type == "AnatomicalStructure"} == {4}


def test_an_organ_in_the_name_of_a_study_or_trial_is_no_target(vocabulary):
    found = anatomy(
        vocabulary,
        "Retinal vessel segmentation",
        "We segment retinal vessels on the Child Heart and Health Study (CHASE_DB1) dataset. "
        "Liver attenuation was measured on chest CT scans from the National Lung Screening Trial.",
    )
    assert not found & {"AnatomicalStructure/heart", "AnatomicalStructure/lung"}
    assert "AnatomicalStructure/retinal-vessels" in found


def test_cervical_names_the_uterine_cervix_in_cancer_and_cytology_but_the_neck_in_the_spine(vocabulary):
    assert anatomy(vocabulary, "Cervical cancer screening on liquid-based cytology", "We classify slides of cervical cells.") == {"AnatomicalStructure/cervix"}
    assert anatomy(vocabulary, "Fracture detection", "We detect fractures of the cervical spine on CT.") == {"AnatomicalStructure/cervical-spine"}


def test_a_mitotic_figure_is_a_finding_and_a_network_head_no_head(vocabulary):
    e = run(
        vocabulary,
        "Automated mitosis detection in histopathological images",
        "We detect mitotic figures in breast tissue slides. A dynamic convolutional head is conditioned on the domain code.",
    )
    found = keys(e, "AnatomicalStructure")
    assert "AnatomicalStructure/mitotic-figure" not in found
    assert "AnatomicalStructure/head" not in found
    assert "Task/detection" in keys(e, "Task")


def test_nasopharynx_and_cortical_surfaces_are_their_structures(vocabulary):
    found = keys(run(vocabulary, "Gross tumour volume segmentation", "We segment nasopharyngeal carcinoma on planning CT of the nasopharyngeal region."), "AnatomicalStructure")
    assert found == {"AnatomicalStructure/nasopharynx"}
    found = keys(run(vocabulary, "Neonatal brain MRI", "We reconstruct cortical surfaces from brain MRI of neonates."), "AnatomicalStructure")
    assert {"AnatomicalStructure/cerebral-cortex", "AnatomicalStructure/brain"} <= found


def test_oropharyngeal_and_hypopharyngeal_cancers_target_the_pharynx(vocabulary):
    for abstract in ("We predict local recurrence of oropharyngeal cancer from planning CT.", "We segment hypopharyngeal tumours on planning CT."):
        assert anatomy(vocabulary, "Radiotherapy outcome prediction", abstract) == {"AnatomicalStructure/pharynx"}


def test_head_and_neck_written_with_an_ampersand_is_the_one_region(vocabulary):
    for title in ("Deep learning in head & neck cancer outcome prediction", "Outcome Prediction in Head & Neck Cancer"):
        assert anatomy(vocabulary, title, "We predict outcomes from pre-treatment CT.") == {"AnatomicalStructure/neck"}


def test_the_mesentery_is_a_structure_of_its_own(vocabulary):
    found = anatomy(vocabulary, "Abdominal trauma CT", "We detect injuries of the liver, spleen, bowel and mesentery on CT.")
    assert {"AnatomicalStructure/mesentery", "AnatomicalStructure/spleen"} <= found


def test_the_iris_and_the_anterior_chamber_angle_are_structures_of_the_eye(vocabulary):
    found = anatomy(vocabulary, "Angle-closure detection in AS-OCT", "We localize the anterior chamber angle (ACA) and the iris region in AS-OCT images.")
    assert {"AnatomicalStructure/anterior-chamber-angle", "AnatomicalStructure/iris"} <= found


def test_peripheral_nerves_are_structures_of_their_own(vocabulary):
    found = anatomy(vocabulary, "Nerve ultrasound", "We segment the median nerve at the wrist and the brachial plexus in ultrasound images.")
    assert found == {"AnatomicalStructure/median-nerve", "AnatomicalStructure/wrist", "AnatomicalStructure/brachial-plexus"}


def test_small_vessel_disease_and_the_three_vessel_view_name_no_vessels(vocabulary):
    """A disease and a standard echo view named after vessels are no vessels a paper images."""
    found = anatomy(vocabulary, "Microbleed detection", "Microbleeds mark cerebral small-vessel disease. Fetal echo of the three-vessel view is classified.")
    assert "AnatomicalStructure/vasculature" not in found
    assert "AnatomicalStructure/vasculature" in anatomy(vocabulary, "Vessel segmentation", "We segment small vessels on CTA.")


def test_breathing_and_tumour_type_words_name_no_structure(vocabulary):
    found = keys(
        run(
            vocabulary,
            "4D-MRI reconstruction",
            "We capture respiratory-induced motion guided by respiratory signals. The cohort holds spindle cell neoplasms and squamous cell carcinomas.",
        ),
        "AnatomicalStructure",
    )
    assert "AnatomicalStructure/respiratory-system" not in found


def test_each_prostate_zone_is_a_structure_of_its_own_beside_the_prostate(vocabulary):
    found = anatomy(vocabulary, "Prostate zone segmentation on MRI", "We segment the peripheral zone and the transition zone of the prostate on T2-weighted MRI.")
    assert found == {"AnatomicalStructure/prostate", "AnatomicalStructure/prostate-peripheral-zone", "AnatomicalStructure/prostate-transition-zone"}


def test_where_an_image_is_taken_or_a_finding_is_measured_names_no_structure(vocabulary):
    found = anatomy(
        vocabulary,
        "Tooth segmentation on intraoral scans",
        "We segment each tooth on intraoral 3D scans. Liver fat was measured as the proton density fat fraction. "
        "The cohort includes gastrointestinal stromal tumors with arterial enhancement.",
    )
    assert "AnatomicalStructure/teeth" in found
    assert not found & {"AnatomicalStructure/oral-cavity", "AnatomicalStructure/adipose-tissue", "AnatomicalStructure/stroma", "AnatomicalStructure/artery"}


def test_a_numbered_lumbar_vertebra_is_the_lumbar_spine_alone(vocabulary):
    found = anatomy(vocabulary, "Sarcopenia on CT", "Skeletal muscle area was annotated at the third lumbar vertebra.")
    assert found == {"AnatomicalStructure/muscle", "AnatomicalStructure/lumbar-spine"}


def test_figures_of_speech_and_sequence_names_are_no_structures(vocabulary):
    found = anatomy(
        vocabulary,
        "Breast nodule detection on automated breast ultrasound",
        "Automated breast ultrasound has advantages over hand-held ultrasound and serves radiologists as a second eye. "
        "No bright-blood MRI is needed. We tune the temperature and nucleus sampling of the language model.",
    )
    assert found == {"AnatomicalStructure/breast"}


def test_a_scan_from_the_eyes_to_the_thighs_is_the_whole_body(vocabulary):
    found = anatomy(vocabulary, "Lymphoma segmentation on FDG-PET/CT", "We segment tumors on 3664 eyes to thighs FDG-PET/CT scans.")
    assert found == {"AnatomicalStructure/whole-body"}
    found = anatomy(vocabulary, "SAM 2 for annotation", "For femoral bone segmentation in MRI, 36,614 slices were annotated.")
    assert found == {"AnatomicalStructure/femur"}


def test_brain_vessels_are_the_cerebral_vessels(vocabulary):
    found = anatomy(vocabulary, "Robust automatic brain vessel segmentation in 3D CTA scans", "We annotate the brain vasculature on dynamic 4D-CTA.")
    assert "AnatomicalStructure/cerebral-vessels" in found


def test_fetal_says_whose_images_they_are_and_the_organ_it_modifies_is_the_target(vocabulary):
    assert anatomy(vocabulary, "AGE-US: gestational age estimation from fetal ultrasound", "Distance maps suit estimating femur endpoints.") == {"AnatomicalStructure/femur"}
    assert anatomy(vocabulary, "Fetal brain extraction in MRI", "We extract the fetal brain from stacks of fetal MRI slices.") == {"AnatomicalStructure/brain"}
    assert anatomy(vocabulary, "Fetal heart screening", "We segment the fetal heart in four-chamber views of 300 pregnancies.") == {"AnatomicalStructure/heart"}


def test_hepatic_vessels_sigmoid_colon_and_gastric_mucosa_are_structures_of_their_own(vocabulary):
    """Kinds of vessels and mucosa, parts of an organ: the kind above them (blood vessels, mucosa) is
    not named beside them; 'sigmoid' alone is an activation function as often as a bowel segment."""
    e = run(vocabulary, "Organ segmentation", "We segment liver vessels on CT, glands in gastric mucosa, and the sigmoid colon and bladder.")
    found = keys(e, "AnatomicalStructure")
    assert {"AnatomicalStructure/hepatic-vessels", "AnatomicalStructure/gastric-mucosa", "AnatomicalStructure/sigmoid-colon"} <= found
    assert not found & {"AnatomicalStructure/vasculature", "AnatomicalStructure/mucosa", "AnatomicalStructure/colon"}
    assert not keys(run(vocabulary, "A network", "A sigmoid activation gives the probability."), "AnatomicalStructure")


def test_heart_rate_and_bone_age_are_measures_not_targets(vocabulary):
    """A heart rate read from a face and a bone age read from a hand radiograph target the face and
    the hand; a label holding the idiom whole still names its task."""
    e = run(vocabulary, "Remote heart rate estimation and bone age", "We estimate heart rates from facial video, and bone age from hand radiographs.")
    assert keys(e, "AnatomicalStructure") == {"AnatomicalStructure/face", "AnatomicalStructure/hand"}
    assert {"Task/vital-sign-estimation", "Task/bone-age-assessment"} <= keys(run(vocabulary, "Heart rate estimation", "Bone age assessment of children."), "Task")


def test_hand_done_work_names_no_hand(vocabulary):
    """'hand-label', 'hand-segmented', 'hand-picked', 'hand outlines': done by hand, as 'hand-crafted' is; a hand
    radiograph still targets the hand."""
    e = run(vocabulary, "Disease classification", "Labels for our hand-label evaluation set were hand-picked, and masks were hand-segmented in the lung.")
    assert keys(e, "AnatomicalStructure") == {"AnatomicalStructure/lung"}
    e = run(vocabulary, "Bladder wall segmentation", "Segmented wall outlines were compared to hand outlines of the bladder, and to hand contours.")
    assert keys(e, "AnatomicalStructure") == {"AnatomicalStructure/bladder"}
    assert keys(run(vocabulary, "Bone age", "We read hand radiographs."), "AnatomicalStructure") == {"AnatomicalStructure/hand"}


def test_back_and_hip_muscles_are_muscles_of_their_own(vocabulary):
    """Spine and sarcopenia studies segment the paraspinal and psoas muscles: named, they are the
    target, and skeletal muscle, the kind above them, is not named beside them."""
    e = run(vocabulary, "Lumbar muscle segmentation", "We segment the paraspinal muscles and the psoas muscle on lumbar MRI, muscle by muscle.")
    assert keys(e, "AnatomicalStructure") >= {"AnatomicalStructure/paraspinal-muscle", "AnatomicalStructure/psoas-muscle"}
    assert "AnatomicalStructure/muscle" not in keys(e, "AnatomicalStructure")


def test_alveolar_bone_is_a_dental_structure_of_its_own(vocabulary):
    e = run(vocabulary, "Tooth and alveolar bone segmentation", "We segment teeth and alveolar bone on dental CBCT.")
    assert "AnatomicalStructure/alveolar-bone" in keys(e, "AnatomicalStructure")
    assert "AnatomicalStructure/bone" not in keys(e, "AnatomicalStructure")


def test_the_left_ventricular_cavity_is_the_left_ventricle_even_in_the_opening(vocabulary):
    """An organ an opening sentence names by an adjective is mostly the field's motivation, but
    'the left ventricular cavity' is a noun phrase: the chamber the paper's dataset delineates."""
    e = run(
        vocabulary,
        "Automatic MRI cardiac multi-structures segmentation and diagnosis",
        "Delineation of the left ventricular cavity, myocardium, and right ventricle from cardiac magnetic resonance images "
        "is a common clinical task. The automation of these tasks has been the subject of research. In this paper, we "
        "introduce the ACDC dataset for cardiac MRI assessment.",
    )
    assert "AnatomicalStructure/left-ventricle" in keys(e, "AnatomicalStructure")


def test_pelvic_and_rectal_landmarks_and_the_fetal_head_are_anatomy(vocabulary):
    """The fetal head is the head (the adjective says whose, as in "fetal brain"); the pubic symphysis
    and the mesorectum are structures of their own below the pelvis and the rectum."""
    e = run(
        vocabulary,
        "Intrapartum ultrasound segmentation of pubic symphysis and fetal head",
        "Tumour segmentation on rectal MRI measures the distance to the mesorectal fascia.",
    )
    assert {"AnatomicalStructure/head", "AnatomicalStructure/pubic-symphysis", "AnatomicalStructure/mesorectum"} <= keys(e, "AnatomicalStructure")
    assert ("AnatomicalStructure/head", "fetal head") in {(m.key, m.text) for m in e.mentions}


def test_a_zone_names_the_prostates_zone_only_in_a_paper_on_the_prostate(vocabulary):
    assert "AnatomicalStructure/prostate-transition-zone" in anatomy(vocabulary, "Zonal segmentation", "We segment transition zones on prostate MRI.")
    found = anatomy(vocabulary, "Tooth segmentation on CBCT", "Uncertainty is high in transition zones between tooth and bone.")
    assert not any("zone" in key for key in found)
    # nor by the short form defined for it
    found = anatomy(
        vocabulary,
        "Small bowel obstruction on CT",
        "We locate the transition zone (TZ) of small bowel obstruction on CT. The TZ was annotated with bounding boxes.",
    )
    assert "AnatomicalStructure/small-bowel" in found and not any("zone" in key for key in found)
    zones = anatomy(vocabulary, "Prostate MRI", "We segment the transition zone (TZ) of the prostate. The TZ volume is measured.")
    assert "AnatomicalStructure/prostate-transition-zone" in zones


def test_a_zone_is_the_prostates_beside_another_part_of_the_prostate(vocabulary):
    """"the transition zone and peripheral zone of the prostate": the prostate is named inside the other
    zone's label, which anchors the first."""
    found = anatomy(vocabulary, "Zonal segmentation", "We segment the transition zone and peripheral zone of the prostate on MRI.")
    assert {"AnatomicalStructure/prostate-transition-zone", "AnatomicalStructure/prostate-peripheral-zone"} <= found


def test_clinical_images_are_skin_photographs_only_in_a_paper_on_the_skin(vocabulary):
    e = run(vocabulary, "Dermatologist-level classification of skin cancer", "We test the network against dermatologists on biopsy-proven clinical images.")
    assert "Modality/clinical-photography" in keys(e, "Modality")
    e = run(vocabulary, "Pneumonia detection on chest radiographs", "We collect 10,000 clinical images from three hospitals.")
    assert "Modality/clinical-photography" not in keys(e, "Modality")
    assert "AnatomicalStructure/skin" not in keys(e, "AnatomicalStructure")


def test_fat_saturation_and_fat_in_the_liver_name_no_adipose_tissue(vocabulary):
    e = run(vocabulary, "Breast MRI", "Models trained on non-fat-sat images were tested on fat-sat images of the breast.")
    assert keys(e, "AnatomicalStructure") == {"AnatomicalStructure/breast"}
    e = run(vocabulary, "Liver steatosis on ultrasound", "The approach may help sonographers diagnose the amount of fat in the liver.")
    assert keys(e, "AnatomicalStructure") == {"AnatomicalStructure/liver"}


def test_corneal_nerves_and_slit_lamp_photos_of_the_anterior_eye(vocabulary):
    e = run(vocabulary, "Corneal sub-basal nerve fibers in confocal microscopy images", "Nuclear cataract is graded from slit-lamp photos.")
    assert "AnatomicalStructure/corneal-nerve" in keys(e, "AnatomicalStructure")
    assert "Modality/slit-lamp" in keys(e, "Modality")


def test_head_and_neck_organs_at_risk_and_the_han_abbreviation(vocabulary):
    e = run(
        vocabulary,
        "Organs-at-risk segmentation in head and neck CT",
        "Our network takes whole-volume HaN CT images as input. It delineates the brain stem, optic chiasm, "
        "mandible, optic nerves, parotid glands and submandibular glands.",
    )
    found = keys(e, "AnatomicalStructure")
    assert {"AnatomicalStructure/neck", "AnatomicalStructure/optic-chiasm", "AnatomicalStructure/submandibular-gland"} <= found
    assert "AnatomicalStructure/gland" not in found  # the gland named is the submandibular one
    assert not keys(e, "Model")  # "HaN" abbreviates the region, it names no model


def test_the_distal_radius_of_a_wrist_fracture_is_the_radius(vocabulary):
    found = anatomy(vocabulary, "Wrist fracture detection", "A CNN detects distal radius fractures on wrist radiographs.")
    assert {"AnatomicalStructure/radius", "AnatomicalStructure/wrist"} <= found


def test_a_modifier_coordinated_before_a_structure_shares_the_rest_of_its_name(vocabulary):
    found = anatomy(vocabulary, "Body composition on whole-body MRI", "We segment subcutaneous and visceral adipose tissue on MRI.")
    assert {"AnatomicalStructure/subcutaneous-adipose-tissue", "AnatomicalStructure/visceral-adipose-tissue"} <= found
    assert "AnatomicalStructure/adipose-tissue" not in found  # the compartments are kinds of it


def test_a_noun_coordinated_after_a_structure_shares_its_modifier(vocabulary):
    found = anatomy(
        vocabulary,
        "Source-free adaptation for fundus images",
        "Glaucoma is common. It damages the eye. Many methods exist. We separate the features of the optic cup and disc. The left lung and heart are not imaged.",
    )
    assert {"AnatomicalStructure/optic-cup", "AnatomicalStructure/optic-disc"} <= found
    assert "AnatomicalStructure/heart" in found  # named on its own, not as a "left heart"


def test_the_upper_and_lower_jaws_are_the_jaws(vocabulary):
    found = anatomy(vocabulary, "Tooth segmentation", "We segment the teeth in intraoral scans of the upper and lower jaws.")
    assert "AnatomicalStructure/jaw" in found
    assert not found & {"AnatomicalStructure/maxilla", "AnatomicalStructure/mandible"}


def test_a_neck_to_knee_scan_targets_no_knee(vocabulary):
    found = anatomy(vocabulary, "Liver fat on UK Biobank MRI", "We infer liver fat from neck-to-knee body MRI of the liver.")
    assert "AnatomicalStructure/knee" not in found and "AnatomicalStructure/liver" in found


def test_perfusion_mri_terms_name_no_artery_and_the_brachial_artery_is_an_arm_artery(vocabulary):
    e = run(vocabulary, "Cerebral blood flow and arterial transit time maps from arterial spin-labeled MRI", "We fit the arterial input function.")
    assert not keys(e, "AnatomicalStructure") - {"AnatomicalStructure/brain"}
    assert keys(e, "Modality") == {"Modality/perfusion-mri"}
    e = run(vocabulary, "Robotic ultrasound screening", "The segmentation was evaluated in vivo on brachial arteries of volunteers.")
    assert keys(e, "AnatomicalStructure") == {"AnatomicalStructure/upper-limb-arteries"}


def test_a_radius_of_a_vessel_is_no_bone(vocabulary):
    e = run(vocabulary, "Coronary artery centerline extraction", "A CNN predicts the direction and radius of an artery at any point in a CCTA image.")
    assert "AnatomicalStructure/radius" not in keys(e, "AnatomicalStructure")
    e = run(vocabulary, "Robotic screening of tubular structures", "We estimate the local radius of the brachial artery; the radius error was 0.8 mm.")
    assert "AnatomicalStructure/radius" not in keys(e, "AnatomicalStructure")
    e = run(vocabulary, "Fracture detection on wrist radiographs", "We detect fractures of the distal radius.")
    assert "AnatomicalStructure/radius" in keys(e, "AnatomicalStructure")


def test_a_cell_type_read_in_cytology_is_the_target_not_cells_in_general(vocabulary):
    # urine cytology reads urothelial cells: the kind, as "white blood cells" is, not the generic "cell"
    e = run(
        vocabulary,
        "Urine cytology assessment",
        "The tool determines urothelial cell atypia and aggregates cell and cluster information across a slide.",
    )
    assert keys(e, "AnatomicalStructure") == {"AnatomicalStructure/urothelial-cell"}


def test_blood_cell_smear_images_are_microscopy_of_blood_cells(vocabulary):
    e = run(vocabulary, "Detecting leukaemia in individual blood cell smear images", "We train a detector on public images.")
    assert keys(e, "Modality") == {"Modality/microscopy"}
    assert "AnatomicalStructure/blood-cell" in keys(e, "AnatomicalStructure")


def test_immune_cells_are_white_blood_cells(vocabulary):
    e = run(vocabulary, "Detecting immune cells with label-free two-photon autofluorescence", "We classify immune cells in label-free images.")
    assert keys(e, "AnatomicalStructure") == {"AnatomicalStructure/white-blood-cell"}


def test_an_organ_paired_with_another_before_a_metric_noun_is_a_term_of_a_measure(vocabulary):
    e = run(vocabulary, "MSI prediction from histology", "We predict ICI response by combining tumor MSI status with stroma-to-tumor ratio.")
    assert "AnatomicalStructure/stroma" not in keys(e, "AnatomicalStructure")
    e = run(vocabulary, "Mortality from perfusion imaging", "Inputs were polar maps of perfusion imaging, gender, lung/heart ratio, and age.")
    assert not keys(e, "AnatomicalStructure") & {"AnatomicalStructure/lung", "AnatomicalStructure/heart"}
    e = run(vocabulary, "Lung and heart segmentation", "We segment the lung and the heart on chest CT and report their volume ratio.")
    assert {"AnatomicalStructure/lung", "AnatomicalStructure/heart"} <= keys(e, "AnatomicalStructure")



def test_the_substantia_nigra_is_a_brain_structure_of_its_own(vocabulary):
    e = run(vocabulary, "DaTscan SPECT classification", "Parkinson's disease degenerates dopaminergic cells in the substantia nigra region of the brain.")
    assert "AnatomicalStructure/substantia-nigra" in keys(e, "AnatomicalStructure")
    assert "AnatomicalStructure/brain" in vocabulary.ancestors("AnatomicalStructure/substantia-nigra")


def test_sesamoid_bones_are_a_bone_of_their_own(vocabulary):
    e = run(vocabulary, "Sesamoiditis in horse radiographs", "A RetinaNet localized the sesamoid bone in the radiographs and graded sesamoiditis.")
    assert keys(e, "AnatomicalStructure") == {"AnatomicalStructure/sesamoid-bone"}


@pytest.mark.parametrize(
    ("sentence", "structure"),
    [
        ("Models detect pelvic and acetabular fractures on radiographs.", "AnatomicalStructure/acetabulum"),
        ("Gout is assessed on ultrasound of the first metatarsophalangeal joint.", "AnatomicalStructure/metatarsophalangeal-joint"),
        ("Synovitis is scored in the MCP joints on ultrasound.", "AnatomicalStructure/metacarpophalangeal-joint"),
        ("A network detects proximal femoral fractures.", "AnatomicalStructure/femur"),
    ],
)
def test_the_joints_and_bone_parts_rheumatology_and_trauma_score_are_anatomy(vocabulary, sentence, structure):
    assert structure in keys(run(vocabulary, "Musculoskeletal imaging", sentence), "AnatomicalStructure")


@pytest.mark.parametrize(("sentence", "structure", "name"), [("Bone age is read from hand radiographs.", "AnatomicalStructure/hand", "hand"), ("Joint space narrowing is scored.", "AnatomicalStructure/joint", "joint")])
def test_an_organ_is_named_in_the_singular_and_keeps_its_plural_as_an_alias(vocabulary, sentence, structure, name):
    """A reader names the hand, not 'hands'; a gold or query naming either finds the node."""
    assert structure in keys(run(vocabulary, "Musculoskeletal imaging", sentence), "AnatomicalStructure")
    concept = vocabulary.concepts[structure]
    assert concept.pref_label == name and name + "s" in concept.alt_labels


def test_the_scalp_is_skin_of_its_own(vocabulary):
    e = run(vocabulary, "Hair loss", "Androgenetic alopecia is detected on trichoscopic images of the scalp.")
    assert "AnatomicalStructure/scalp" in keys(e, "AnatomicalStructure")
    assert "AnatomicalStructure/skin" in vocabulary.ancestors("AnatomicalStructure/scalp")


def test_a_ct_kernel_or_bone_removal_names_no_target_but_the_temporal_bone_does(vocabulary):
    """"reconstructed in a bone kernel", "bone-removal CTA": how the images were made, not what they
    show; "temporal bone CT" images one bone of the skull."""
    e = run(vocabulary, "Aneurysm detection", "Scans were reconstructed in a soft tissue kernel and a bone kernel. The network was trained on bone-removal CTA cases.")
    assert not keys(e, "AnatomicalStructure") & {"AnatomicalStructure/bone", "AnatomicalStructure/soft-tissue"}
    ear = run(vocabulary, "Inner ear segmentation", "Temporal bone CT-scan is a prerequisite of cochlear implant surgery.")
    assert "AnatomicalStructure/temporal-bone" in keys(ear, "AnatomicalStructure")


@pytest.mark.parametrize(
    ("sentence", "structure", "whole"),
    [
        ("Glomeruli were segmented on donor kidney frozen sections.", "AnatomicalStructure/glomerulus", "AnatomicalStructure/kidney"),
        ("Anaemia is detected from photographs of the palpebral conjunctiva.", "AnatomicalStructure/conjunctiva", "AnatomicalStructure/eye"),
        ("BiliScreen measures the colour of the sclera in smartphone photographs.", "AnatomicalStructure/sclera", "AnatomicalStructure/eye"),
        ("Ptosis of the upper eyelid is graded from facial photographs.", "AnatomicalStructure/eyelid", "AnatomicalStructure/eye"),
        ("Craniomaxillofacial landmarks are localized on CBCT images.", "AnatomicalStructure/craniofacial-region", "AnatomicalStructure/head"),
    ],
)
def test_parts_of_the_kidney_the_eye_and_the_head_imaged_in_their_own_right(vocabulary, sentence, structure, whole):
    assert structure in keys(run(vocabulary, "Imaging study", sentence), "AnatomicalStructure")
    assert whole in vocabulary.ancestors(structure)


def test_the_heads_of_a_network_are_no_head(vocabulary):
    e = run(vocabulary, "Landmark tracking in liver ultrasound", "The mask R-CNN identifies the landmark via three network heads: box regression, classification and segmentation.")
    assert "AnatomicalStructure/head" not in keys(e, "AnatomicalStructure")


def test_the_muscles_ultrasound_measures_are_anatomy_of_their_own(vocabulary):
    """Muscle ultrasound names the heads it measures; the kinds stand for skeletal muscle, and the
    heads of the quadriceps are parts of it, so a paper naming both keeps both."""
    e = run(vocabulary, "Muscle ultrasound", "Quadriceps complex, rectus femoris, vastus intermedius, tibialis anterior and gastrocnemius medialis were segmented in ultrasound images.")
    found = keys(e, "AnatomicalStructure")
    assert {"AnatomicalStructure/quadriceps", "AnatomicalStructure/rectus-femoris", "AnatomicalStructure/vastus-intermedius", "AnatomicalStructure/tibialis-anterior", "AnatomicalStructure/gastrocnemius"} <= found
    assert "AnatomicalStructure/muscle" in vocabulary.ancestors("AnatomicalStructure/rectus-femoris")


def test_smooth_muscle_is_no_skeletal_muscle(vocabulary):
    e = run(vocabulary, "Intravascular OCT", "Polarization contrast gives insight into collagen and smooth muscle content of the vessel wall.")
    assert "AnatomicalStructure/muscle" not in keys(e, "AnatomicalStructure")
    assert "AnatomicalStructure/smooth-muscle" in keys(e, "AnatomicalStructure")


def test_the_sternoclavicular_joint_is_a_joint_of_the_clavicle(vocabulary):
    e = run(vocabulary, "Forensic age assessment", "The sternoclavicular joints were located in chest CT scans.")
    assert "AnatomicalStructure/sternoclavicular-joint" in keys(e, "AnatomicalStructure")
    assert "AnatomicalStructure/joint" not in keys(e, "AnatomicalStructure")


def test_erythroblasts_are_blood_cells_of_their_own(vocabulary):
    e = run(vocabulary, "Erythroblast classification", "Nucleated red blood cells are told from white blood cells in smears.")
    assert {"AnatomicalStructure/erythroblast", "AnatomicalStructure/white-blood-cell"} <= keys(e, "AnatomicalStructure")
    assert "AnatomicalStructure/red-blood-cell" not in keys(e, "AnatomicalStructure")


def test_the_basal_ganglia_nuclei_are_structures_of_their_own(vocabulary):
    """'putamen/globus pallidus injury' names two nuclei, each kept, each part of the basal ganglia."""
    e = run(vocabulary, "Motor outcome after HIE", "Putamen/globus pallidus injury on T1 was the most informative feature.")
    assert {"AnatomicalStructure/putamen", "AnatomicalStructure/globus-pallidus"} <= keys(e, "AnatomicalStructure")
    assert "AnatomicalStructure/basal-ganglia" in vocabulary.ancestors("AnatomicalStructure/putamen")
    liver = run(vocabulary, "Liver volumetry", "Dice was 0.79, 0.87 and 0.96 for the left lobe, right lobe and caudate lobe.")
    assert "AnatomicalStructure/caudate-nucleus" not in keys(liver, "AnatomicalStructure")  # the liver's caudate lobe


def test_a_vessels_radius_is_no_bone(vocabulary):
    e = run(vocabulary, "Brain arteriovenous malformations", "The ruptured group showed higher median length and tortuosity, and lower median radius.")
    assert "AnatomicalStructure/radius" not in keys(e, "AnatomicalStructure")


def test_the_rotator_cuff_and_scapula_are_parts_of_the_shoulder(vocabulary):
    """'the humerus, scapula, and rotator cuff muscles': two structures of the shoulder, and the cuff's
    muscles are no other skeletal muscle."""
    e = run(vocabulary, "Shoulder MRI segmentation", "We segment the humerus, scapula, and rotator cuff muscles.")
    found = keys(e, "AnatomicalStructure")
    assert {"AnatomicalStructure/scapula", "AnatomicalStructure/rotator-cuff"} <= found
    assert "AnatomicalStructure/muscle" not in found
    assert "AnatomicalStructure/shoulder" in vocabulary.ancestors("AnatomicalStructure/supraspinatus")


def test_caudate_and_cortex_alone_name_brain_parts_only_in_a_paper_on_the_brain(vocabulary):
    """'the caudate' and 'the cortex' are the caudate nucleus and the cerebral cortex where the paper
    names the brain; in a liver or kidney paper they are parts of that organ."""
    brain = run(vocabulary, "Longitudinal subcortical segmentation", "We segment subcortical structures of the brain: thalamus, caudate and putamen. Axons were traced in the cortex.")
    assert {"AnatomicalStructure/caudate-nucleus", "AnatomicalStructure/deep-grey-matter", "AnatomicalStructure/cerebral-cortex"} <= keys(brain, "AnatomicalStructure")
    assert "AnatomicalStructure/deep-grey-matter" in vocabulary.ancestors("AnatomicalStructure/caudate-nucleus")
    liver = run(vocabulary, "Liver segmentation on CT", "We segment the caudate of the liver and the cortex of the kidney.")
    assert not keys(liver, "AnatomicalStructure") & {"AnatomicalStructure/caudate-nucleus", "AnatomicalStructure/cerebral-cortex"}


def test_the_head_of_an_organ_or_a_network_is_no_head_region(vocabulary):
    """An organ's head, a network's heads ('class-specific heads', 'These heads ...') and the head
    classes of long-tailed data are no head region; a fetus's head is."""
    e = run(vocabulary, "Pancreatic tumour segmentation", "We annotate the pancreas head, body and tail. It fits backbone-head detectors.")
    assert "AnatomicalStructure/head" not in keys(e, "AnatomicalStructure")
    assert "AnatomicalStructure/pancreas" in keys(e, "AnatomicalStructure")
    found = anatomy(
        vocabulary,
        "Continual abdominal organ segmentation",
        "We replace the output layer with organ-specific heads. These heads enable independent predictions. "
        "Accuracy over the head classes and the tail classes of the liver CT data is reported.",
    )
    assert "AnatomicalStructure/head" not in found
    found = anatomy(vocabulary, "ROSE image classification", "A MIL head makes the model focus on cancer cells in cytopathological images.")
    assert "AnatomicalStructure/head" not in found
    assert "AnatomicalStructure/head" in anatomy(vocabulary, "Fetal biometry", "We measure fetal heads and the head circumference on ultrasound.")


def test_a_head_mounted_display_and_free_hand_scanning_target_no_head_or_hand(vocabulary):
    e = run(
        vocabulary,
        "AR Surgical Navigation with a Head Mounted Device",
        "Pedicle screws were placed in spine phantoms with augmented reality (AR) on a head-mounted display, "
        "registered by hand gestures. Calibration data were acquired free-hand.",
    )
    assert not keys(e, "AnatomicalStructure") & {"AnatomicalStructure/head", "AnatomicalStructure/hand"}
    assert not keys(e, "Model")


def test_signs_read_on_the_tongue_name_no_teeth_or_spleen(vocabulary):
    # terms of tongue diagnosis: tooth marks on the tongue's edge, and the syndrome they are read as
    e = run(
        vocabulary,
        "Recognising tooth-marked tongue with deep learning",
        "Tooth-marked tongue is related to spleen deficiency. We classify tongue photographs by tooth markings and fur.",
    )
    assert keys(e, "AnatomicalStructure") == {"AnatomicalStructure/tongue"}


def test_the_posterior_fossa_is_a_structure_of_the_head(vocabulary):
    e = run(vocabulary, "Radiomic signatures of posterior fossa ependymoma", "We classify posterior fossa tumours on MRI.")
    assert keys(e, "AnatomicalStructure") == {"AnatomicalStructure/posterior-fossa"}


def test_cell_parts_segmented_in_electron_microscopy_are_structures(vocabulary):
    e = run(vocabulary, "Whole-cell organelle segmentation", "We segment organelles, axons and cell membranes in FIB-SEM and cryo-ET volumes.")
    assert {"AnatomicalStructure/organelle", "AnatomicalStructure/axon", "AnatomicalStructure/cell-membrane"} <= keys(e, "AnatomicalStructure")
    assert {"Modality/fib-sem", "Modality/cryo-electron-tomography"} <= keys(e, "Modality")
    assert "Modality/electron-microscopy" in vocabulary.ancestors("Modality/fib-sem")


def test_liquid_based_cytology_stands_beside_the_pap_smear(vocabulary):
    e = run(vocabulary, "Cervical cell classification", "Screening uses the Pap smear or liquid-based cytology (LBC). We test on Pap smear and LBC datasets.")
    assert {"Modality/pap-smear", "Modality/liquid-based-cytology"} <= keys(e, "Modality")


def test_an_organ_written_only_as_an_adjective_is_where_its_named_part_is(vocabulary):
    """'scar in cardiac MRI ... of the myocardium': readers name the myocardium, not the heart; a
    paper naming the heart as a noun targets it too."""
    adjective = run(vocabulary, "Scar segmentation in cardiac MRI", "We segment myocardial scar on cardiac MRI. The myocardium is delineated first.")
    assert "AnatomicalStructure/myocardium" in keys(adjective, "AnatomicalStructure")
    assert "AnatomicalStructure/heart" not in keys(adjective, "AnatomicalStructure")
    noun = run(vocabulary, "Scar segmentation in cardiac MRI", "We segment the heart and the myocardium on MRI.")
    assert {"AnatomicalStructure/heart", "AnatomicalStructure/myocardium"} <= keys(noun, "AnatomicalStructure")


def test_a_lymph_node_named_by_its_region_is_a_lymph_node_not_the_region(vocabulary):
    found = anatomy(vocabulary, "Lymph node detection", "We segment mediastinal lymph nodes on CT and axillary lymph nodes on ultrasound.")
    assert found == {"AnatomicalStructure/lymph-node"}


def test_tendons_ligaments_and_sutures_named_in_full_are_their_own_structures(vocabulary):
    found = anatomy(
        vocabulary,
        "Foot and skull imaging",
        "We grade Achilles tendon healing, tears of the anterior talofibular ligament (ATFL) and fused cranial sutures.",
    )
    assert {"AnatomicalStructure/achilles-tendon", "AnatomicalStructure/anterior-talofibular-ligament", "AnatomicalStructure/cranial-suture"} <= found
    assert not found & {"AnatomicalStructure/tendon", "AnatomicalStructure/ligament"}


@pytest.mark.parametrize(
    ("sentence", "structure"),
    [
        ("We diagnose cochlear malformation on temporal bone CT.", "AnatomicalStructure/cochlea"),
        ("The ossicles, facial nerve and labyrinth are segmented on temporal bone CT.", "AnatomicalStructure/ossicles"),
        ("Pneumatization of the mastoid process is classified on CT.", "AnatomicalStructure/mastoid"),
        ("A CNN finds a pneumatised middle turbinate on sinus CT.", "AnatomicalStructure/nasal-turbinate"),
        ("Ultrasound images of the tibial nerve are identified.", "AnatomicalStructure/tibial-nerve"),
        ("Lesions of the lips and the floor of the mouth are photographed.", "AnatomicalStructure/floor-of-mouth"),
        ("Biopsies of the ascending colon show Crohn's disease.", "AnatomicalStructure/ascending-colon"),
        ("Ki-67 was classified in vulva carcinoma.", "AnatomicalStructure/vulva"),
        ("Symmetry of the hemithoraces is classified in canine radiographs.", "AnatomicalStructure/chest"),
        ("Epicardial fat volume is quantified on non-contrast cardiac CT.", "AnatomicalStructure/epicardial-adipose-tissue"),
        ("The pericardium is traced to bound the fat around the heart.", "AnatomicalStructure/pericardium"),
        ("We measure the aortic annulus and sinotubular junction before TAVR.", "AnatomicalStructure/aortic-root"),
        ("The left atrial appendage orifice is detected on CTA.", "AnatomicalStructure/left-atrial-appendage"),
        ("The inner cell mass and trophectoderm of each blastocyst are segmented.", "AnatomicalStructure/trophectoderm"),
        ("Time-lapse images of human embryos are graded.", "AnatomicalStructure/embryo"),
        ("Mature oocytes are segmented before fertilisation.", "AnatomicalStructure/oocyte"),
        ("Ultrasound of the scrotum separates torsion from epididymitis.", "AnatomicalStructure/scrotum"),
        ("Dilation of the ascending aorta is measured on chest CT.", "AnatomicalStructure/ascending-aorta"),
        ("Effaced foot processes are measured on electron micrographs of the glomerulus.", "AnatomicalStructure/podocyte"),
        ("The glomerular basement membrane is segmented on electron micrographs.", "AnatomicalStructure/glomerular-basement-membrane"),
    ],
)
def test_structures_named_in_full_are_found(vocabulary, sentence, structure):
    assert structure in anatomy(vocabulary, "Imaging study", sentence)


def test_cells_alone_name_no_structure_their_kinds_do(vocabulary):
    """Every microscopy image shows cells: readers name the kind of cell a paper images, or none; the
    blood alone is what carries a marker, not a target ("bilirubin in the blood")."""
    assert not anatomy(vocabulary, "Cell segmentation in microscopy", "We segment and track cells in phase-contrast time-lapse images.")
    kinds = anatomy(vocabulary, "Blood smear analysis", "White blood cells and cell nuclei are segmented.")
    assert {"AnatomicalStructure/white-blood-cell", "AnatomicalStructure/nucleus"} <= kinds
    assert "AnatomicalStructure/cell" in vocabulary.ancestors("AnatomicalStructure/white-blood-cell")
    assert not anatomy(vocabulary, "Jaundice screening", "Jaundice follows the buildup of bilirubin in the blood.")
    assert "AnatomicalStructure/blood" in anatomy(vocabulary, "Leukaemia screening", "Peripheral blood samples are imaged.")


def test_tubules_are_the_kidneys_only_in_a_paper_on_the_kidney(vocabulary):
    """Nephropathology scores the tubules of the nephron; breast pathology grades tubule formation."""
    kidney = anatomy(vocabulary, "Kidney biopsy assessment", "Atrophic tubuli and inflamed tubules are segmented in kidney biopsies.")
    assert "AnatomicalStructure/renal-tubule" in kidney
    breast = anatomy(vocabulary, "Breast cancer grading", "Tubule formation and nuclear pleomorphism are scored on H&E slides.")
    assert "AnatomicalStructure/renal-tubule" not in breast


def test_vascular_alone_describes_rather_than_names_the_vessels(vocabulary):
    """'vascular damage', 'a vascular port', 'highly vascular' tissue: the adjective alone names no
    target; 'vessels' and 'the vascular tree' do."""
    assert "AnatomicalStructure/vasculature" not in anatomy(vocabulary, "Foot ulcer classification", "Neuropathy and vascular damage promote ulcers.")
    assert "AnatomicalStructure/vasculature" in anatomy(vocabulary, "Vessel segmentation", "We segment the vascular tree and small vessels on CTA.")


def test_the_pelvic_bones_are_bones_of_their_own(vocabulary):
    found = anatomy(vocabulary, "Universal segmentation", "The model segments vertebrae, pelvic bones and abdominal organs on CT.")
    assert "AnatomicalStructure/pelvic-bone" in found
    assert "AnatomicalStructure/bone" not in found


def test_both_atria_are_the_atria_and_pulmonary_vein_isolation_is_a_procedure(vocabulary):
    assert "AnatomicalStructure/cardiac-atria" in anatomy(vocabulary, "Fully automatic bi-atria segmentation from LGE MRI", "")
    found = anatomy(vocabulary, "Recurrence of atrial fibrillation after pulmonary vein isolation", "The left atrium is reconstructed in 3D.")
    assert "AnatomicalStructure/pulmonary-vessels" not in found


def test_a_structure_before_its_broader_ones_name_is_that_structure(vocabulary):
    """'femur bone': the bone is the femur's head noun, no second target."""
    found = anatomy(vocabulary, "Femur shapes", "A dataset of 3D shapes of the femur bone and cartilage from knee MRI.")
    assert "AnatomicalStructure/femur" in found
    assert "AnatomicalStructure/bone" not in found


def test_the_limbus_and_the_vitreous_are_parts_of_the_eye(vocabulary):
    found = anatomy(vocabulary, "Cataract surgery guidance", "We segment the surgical limbus region and track instruments in the vitreous cavity.")
    assert {"AnatomicalStructure/limbus", "AnatomicalStructure/vitreous"} <= found


def test_aortic_valve_disease_names_no_aorta(vocabulary):
    found = anatomy(vocabulary, "Aortic stenosis in echocardiography", "We grade aortic stenosis and aortic regurgitation from echo videos.")
    assert "AnatomicalStructure/aorta" not in found
    assert "AnatomicalStructure/aorta" in anatomy(vocabulary, "Aortic dissection", "We segment the aortic lumen on CTA.")


def test_the_orbit_its_muscles_and_the_pelvic_floor_are_structures_of_their_own(vocabulary):
    # not the skeletal muscle in general, nor the pelvis as a whole
    e = run(vocabulary, "Segmentation of extraocular muscles on orbital CT", "We segment the extraocular muscles and the orbit on CT.")
    assert keys(e, "AnatomicalStructure") == {"AnatomicalStructure/extraocular-muscles", "AnatomicalStructure/orbit"}
    e = run(vocabulary, "Levator hiatus on transperineal ultrasound", "We measure the levator hiatus and segment the levator ani muscle on transperineal ultrasound.")
    assert keys(e, "AnatomicalStructure") == {"AnatomicalStructure/levator-hiatus", "AnatomicalStructure/levator-ani"}
    assert keys(e, "Modality") == {"Modality/transperineal-ultrasound"}


def test_the_upper_airway_is_no_airway_tree_of_the_lungs(vocabulary):
    e = run(vocabulary, "Upper airway segmentation for sleep apnea", "We segment the upper airway and the pharyngeal airway space on MRI.")
    assert keys(e, "AnatomicalStructure") == {"AnatomicalStructure/upper-airway"}


def test_venous_and_endometrial_alone_name_no_structure(vocabulary):
    # a disease ("venous thromboembolism", "endometrial cancer") or a contrast phase far more often than the vein or endometrium imaged
    e = run(vocabulary, "Predicting recurrence on CT", "We predict venous thromboembolism and endometrial cancer recurrence from venous CT images.")
    assert not keys(e, "AnatomicalStructure")
    e = run(vocabulary, "Vein segmentation", "We segment the veins and the endometrium on MRI.")
    assert keys(e, "AnatomicalStructure") == {"AnatomicalStructure/vein", "AnatomicalStructure/endometrium"}


def test_a_structure_is_named_but_a_disease_named_after_it_is_not(vocabulary):
    e = run(vocabulary, "Segmentation of the carpal tunnel on MRI", "We segment the carpal tunnel and detect scaphoid fractures.")
    assert keys(e, "AnatomicalStructure") == {"AnatomicalStructure/carpal-tunnel", "AnatomicalStructure/scaphoid"}
    e = run(vocabulary, "Diagnosing carpal tunnel syndrome on ultrasound", "We diagnose carpal tunnel syndrome from the median nerve on ultrasound.")
    assert "AnatomicalStructure/carpal-tunnel" not in keys(e, "AnatomicalStructure")
    e = run(vocabulary, "Lateralising temporal lobe epilepsy on MRI", "We classify patients with temporal lobe epilepsy from hippocampal MRI.")
    assert "AnatomicalStructure/temporal-lobe" not in keys(e, "AnatomicalStructure")


def test_fat_around_the_coronary_arteries_is_pericoronary_adipose_tissue(vocabulary):
    e = run(vocabulary, "Pericoronary adipose tissue attenuation on CT calcium scoring", "We measure pericoronary adipose tissue attenuation.")
    assert keys(e, "AnatomicalStructure") == {"AnatomicalStructure/pericoronary-adipose-tissue"}


def test_the_face_is_named_face_but_the_verb_face_names_nothing(vocabulary):
    """"Face" and "faces" are the face's names in the graph, and verbs in text ("the field faces
    challenges"): the face is found by "facial", never by the homograph."""
    e = run(vocabulary, "Analysis of 3D facial dysmorphology", "We classify facial shapes from 3D photographs.")
    face = vocabulary.concepts["AnatomicalStructure/face"]
    assert keys(e, "AnatomicalStructure") == {"AnatomicalStructure/face"} and face.pref_label == "face"
    e = run(vocabulary, "Segmentation under domain shift", "Models face challenges when the field faces new scanners.")
    assert not keys(e, "AnatomicalStructure")


def test_a_facial_expression_or_palsy_names_no_target_but_facial_dysmorphology_does(vocabulary):
    """Pain read from facial expressions, grading facial palsy: behaviour and disease, not the face
    as the structure imaged; a facial shape is."""
    e = run(vocabulary, "Neonatal pain assessment from facial expressions", "We grade facial palsy and recognise facial expressions in videos.")
    assert not keys(e, "AnatomicalStructure")
    e = run(vocabulary, "Analysis of 3D facial dysmorphology in genetic syndromes", "We classify facial shapes from 3D photographs.")
    assert keys(e, "AnatomicalStructure") == {"AnatomicalStructure/face"}


def test_abdominal_aortic_names_the_aorta_not_the_abdomen(vocabulary):
    e = run(vocabulary, "Quantification of abdominal aortic calcification on lateral radiographs", "We score thoracic aortic calcification too.")
    assert keys(e, "AnatomicalStructure") == {"AnatomicalStructure/aorta"}


def test_the_parts_of_a_sperm_cell_are_structures_of_their_own(vocabulary):
    e = run(vocabulary, "Sperm head segmentation and classification", "We segment sperm heads, acrosomes and sperm tails of human sperm.")
    assert {"AnatomicalStructure/sperm-head", "AnatomicalStructure/acrosome", "AnatomicalStructure/sperm-tail"} <= keys(e, "AnatomicalStructure")
    assert "AnatomicalStructure/head" not in keys(e, "AnatomicalStructure")


def test_the_eye_in_a_disease_name_or_a_beams_eye_view_is_no_target(vocabulary):
    e = run(vocabulary, "Differentiating thyroid eye disease and orbital myositis on CT", "Beam-eye-view patches of the dose were read.")
    assert "AnatomicalStructure/eye" not in keys(e, "AnatomicalStructure")
    e = run(vocabulary, "Eye tracking in glaucoma", "We segment the eye and the optic disc on fundus photographs.")
    assert "AnatomicalStructure/eye" in keys(e, "AnatomicalStructure")


def test_the_walls_between_the_heart_chambers_are_structures_of_their_own(vocabulary):
    e = run(vocabulary, "Segmentation of the ventricular septum in fetal echocardiography", "We also delineate the atrial septum.")
    assert {"AnatomicalStructure/interventricular-septum", "AnatomicalStructure/interatrial-septum"} <= keys(e, "AnatomicalStructure")


def test_bone_loss_or_density_is_a_finding_not_the_bone_as_a_target(vocabulary):
    e = run(vocabulary, "Detection of periodontal bone loss on panoramic radiographs", "We estimate bone mineral density and bone erosions.")
    assert "AnatomicalStructure/bone" not in keys(e, "AnatomicalStructure")
    e = run(vocabulary, "Bone segmentation on CT", "We segment each bone of the hand.")
    assert "AnatomicalStructure/bone" in keys(e, "AnatomicalStructure")


def test_a_disease_named_after_its_organ_is_no_target_of_its_own(vocabulary):
    """Intracranial haemorrhage, pulmonary embolism, cardiac arrhythmias: readers name the disease, not
    the brain, lung or heart, unless the paper names the organ too."""
    e = run(vocabulary, "Detecting intracranial haemorrhage and pulmonary embolism on CT", "Complications include cardiac arrhythmias and cardiovascular disorders.")
    assert not keys(e, "AnatomicalStructure")
    e = run(vocabulary, "Cardiac rhythm detection in wearable devices", "Patients with congenital heart disease were included.")
    assert not keys(e, "AnatomicalStructure")
    e = run(vocabulary, "Detecting intracranial haemorrhage on CT", "We segment the brain and the haemorrhage.")
    assert keys(e, "AnatomicalStructure") == {"AnatomicalStructure/brain"}


def test_a_networks_neurons_are_no_nerve_cells(vocabulary):
    e = run(vocabulary, "Interpreting mammography models", "We probe latent neurons of the breast model; hidden neurons align with masses.")
    assert keys(e, "AnatomicalStructure") == {"AnatomicalStructure/breast"}


def test_muscle_invasion_stages_a_tumour_and_names_no_muscle(vocabulary):
    e = run(vocabulary, "Predicting muscle invasion of bladder cancer", "We separate non-muscle-invasive from muscle-invasive bladder cancer on CT.")
    assert keys(e, "AnatomicalStructure") == {"AnatomicalStructure/bladder"}
    assert "AnatomicalStructure/muscle" in keys(run(vocabulary, "Thigh muscle segmentation", "We segment each muscle on MRI."), "AnatomicalStructure")


def test_pulmonary_angiography_images_the_arteries_it_names(vocabulary):
    """'Pulmonary' in CT pulmonary angiography names the study, not the lung: a paper naming the pulmonary
    arteries targets them alone; one naming no part of the chest targets none (the vocabulary, not the
    paper, says what CTPA images)."""
    e = run(vocabulary, "Clot detection on CT pulmonary angiography", "Emboli are found in the pulmonary arteries of CTPA scans.")
    assert links(e, "targetsAnatomy") == {("paper", "AnatomicalStructure/pulmonary-vessels")}
    e = run(vocabulary, "Clot detection on CT pulmonary angiography", "Emboli are found on CTPA scans.")
    assert not links(e, "targetsAnatomy")


def test_the_primary_site_of_metastases_is_no_target(vocabulary):
    """'Colorectal cancer liver metastases', 'lung cancer bone metastases': the paper targets the organ the
    tumour spread to; a list of organs ('brain and liver metastases') keeps both."""
    e = run(vocabulary, "Treatment response of colorectal cancer liver metastases", "We segment lesions on CT.")
    assert keys(e, "AnatomicalStructure") == {"AnatomicalStructure/liver"}
    e = run(vocabulary, "Lung cancer bone metastases on scintigraphy", "We detect lesions.")
    assert keys(e, "AnatomicalStructure") == {"AnatomicalStructure/bone"}
    e = run(vocabulary, "Detecting brain and liver metastases", "We detect lesions on CT and MRI.")
    assert {"AnatomicalStructure/brain", "AnatomicalStructure/liver"} <= keys(e, "AnatomicalStructure")


def test_the_jaw_joint_and_its_condyle_are_targets(vocabulary):
    """Temporomandibular joint papers (osteoarthritis on CBCT, disc displacement on MRI) target the
    joint by its name or its abbreviation, and the condyle of the mandible within it."""
    found = anatomy(
        vocabulary,
        "Automated detection of TMJ osteoarthritis on CBCT",
        "A detector was trained on sagittal CBCT images of the temporomandibular joints showing osseous changes of the mandibular condyle.",
    )
    assert {"AnatomicalStructure/temporomandibular-joint", "AnatomicalStructure/mandibular-condyle"} <= found
    assert "AnatomicalStructure/joint" in vocabulary.ancestors("AnatomicalStructure/temporomandibular-joint")


def test_the_olfactory_bulb_is_a_brain_structure(vocabulary):
    found = anatomy(vocabulary, "Segmenting olfactory bulb layers in post-mortem tomography", "We segment the human olfactory bulb.")
    assert "AnatomicalStructure/olfactory-bulb" in found
    assert "AnatomicalStructure/brain" in vocabulary.ancestors("AnatomicalStructure/olfactory-bulb")


def test_a_readers_eye_movements_are_no_target(vocabulary):
    """Gaze studies track the radiologist's eye movements with an eye tracker; the images they read are
    chest X-rays, and the eye is no target of the paper."""
    found = anatomy(
        vocabulary,
        "Eyes on the Image: recognising decision errors from eye movements",
        "We tracked eye movements of 17 radiologists with an eye-tracker while they read chest X-rays of the lung.",
    )
    assert "AnatomicalStructure/eye" not in found
    assert "AnatomicalStructure/eye" in anatomy(vocabulary, "Eye disease screening", "We classify fundus photographs of the eye.")


def test_the_orbit_is_named_by_its_adjective_but_not_by_thyroid_eye_disease(vocabulary):
    """'Orbital CT' and 'orbital blowout fractures' target the orbit; in 'thyroid-associated orbitopathy'
    the thyroid names the disease's cause, no target."""
    found = anatomy(vocabulary, "Assessing thyroid-associated orbitopathy activity", "We evaluate patients with orbital computed tomography.")
    assert "AnatomicalStructure/orbit" in found
    assert "AnatomicalStructure/thyroid" not in found


def test_hamstring_injuries_target_the_hamstrings(vocabulary):
    found = anatomy(vocabulary, "3D segmentation of hamstrings musculotendon injury from MRI", "Strain injuries of the hamstring muscles are common in football.")
    assert "AnatomicalStructure/hamstrings" in found
    assert "AnatomicalStructure/muscle" in vocabulary.ancestors("AnatomicalStructure/hamstrings")


def test_soft_tissue_alone_names_no_structure_its_kinds_do(vocabulary):
    """"Strong contrast of soft tissue", "sharper soft tissue boundaries": soft tissue is the class of
    what MRI or a CT window shows well, not a target; readers name the muscle, the fat or the organ."""
    assert not anatomy(vocabulary, "MRI to PET translation", "MRI has strong structural information of soft tissue, with sharper soft-tissue boundaries.")
    kinds = anatomy(vocabulary, "Body composition on CT", "Skeletal muscle and subcutaneous adipose tissue are segmented in soft tissues.")
    assert "AnatomicalStructure/soft-tissue" not in kinds
    assert any("AnatomicalStructure/soft-tissue" in vocabulary.ancestors(kind) for kind in kinds)


def test_the_fetus_is_whose_images_they_are_not_a_target(vocabulary):
    """Fetal MRI papers image fetuses as clinical papers image patients; the organ read is the target."""
    found = anatomy(vocabulary, "Automated fetal brain extraction", "We segment the brain of each fetus in MRI stacks of 200 fetuses.")
    assert found == {"AnatomicalStructure/brain"}


def test_diseases_and_procedures_named_after_body_parts_target_none(vocabulary):
    """'Hand-foot-mouth disease' is an infection and a lumbar puncture a procedure: neither names what
    the images show."""
    found = anatomy(
        vocabulary,
        "Monkeypox detection from skin lesion images",
        "We classify mpox, chickenpox, measles and hand-foot-mouth disease. Lumbar puncture is the reference for intracranial pressure.",
    )
    assert not {"AnatomicalStructure/hand", "AnatomicalStructure/foot", "AnatomicalStructure/lumbar-spine", "AnatomicalStructure/oral-cavity"} & found
    assert "AnatomicalStructure/lumbar-spine" in anatomy(vocabulary, "Lumbar spine MRI", "We segment vertebrae of the lumbar spine.")


def test_intubation_is_a_procedure_the_mouth_cavity_a_target(vocabulary):
    """Video laryngoscopes ease tracheal intubation: the images show the glottis, not the trachea."""
    found = anatomy(vocabulary, "Mouth cavity analysis for swab sampling", "Video laryngoscopy shows the vocal cords during tracheal intubation.")
    assert found == {"AnatomicalStructure/oral-cavity", "AnatomicalStructure/larynx"}


def test_smaller_structures_of_the_field_are_targets_of_their_own(vocabulary):
    """Ureteral stones, the epiglottis at laryngoscopy, the lacrimal gland in the orbit: each is its
    own node, a part of its organ."""
    found = anatomy(vocabulary, "Stone detection on non-contrast CT", "Ureteral stones were segmented; the epiglottis and the lacrimal gland were labelled too.")
    assert {"AnatomicalStructure/ureter", "AnatomicalStructure/epiglottis", "AnatomicalStructure/lacrimal-gland"} <= found
    assert "AnatomicalStructure/urinary-tract" in vocabulary.ancestors("AnatomicalStructure/ureter")


def test_parts_of_organs_the_field_images_are_their_own_targets(vocabulary):
    """The carina on a chest radiograph, the renal pelvis in hydronephrosis, the gastroesophageal
    junction at endoscopy: parts named apart from their organs."""
    found = anatomy(vocabulary, "Endotracheal tube tip position", "The tip lies above the carina; the renal pelvis and the gastroesophageal junction were also read.")
    assert {"AnatomicalStructure/carina", "AnatomicalStructure/renal-pelvis", "AnatomicalStructure/gastroesophageal-junction"} <= found
    assert "AnatomicalStructure/trachea" in vocabulary.ancestors("AnatomicalStructure/carina")


def test_cortical_regions_of_psychiatric_neuroimaging_are_structures_of_their_own(vocabulary):
    found = anatomy(
        vocabulary,
        "Schizophrenia identification from structural MRI",
        "A segmentation model isolates the insula; the insular cortex, cingulate gyrus, prefrontal cortex and precuneus differ in patients.",
    )
    assert {"AnatomicalStructure/insula", "AnatomicalStructure/cingulate-cortex", "AnatomicalStructure/prefrontal-cortex", "AnatomicalStructure/precuneus"} <= found


def test_the_endoplasmic_reticulum_and_glia_are_targets_of_electron_microscopy(vocabulary):
    e = run(vocabulary, "Organelle segmentation", "We segment mitochondria and the endoplasmic reticulum, and trace glia beside neurons in EM volumes.")
    assert {"AnatomicalStructure/endoplasmic-reticulum", "AnatomicalStructure/glial-cell"} <= keys(e, "AnatomicalStructure")
    # the adjective qualifies tumours, no cells imaged
    e = run(vocabulary, "Glioma grading", "We grade glial tumours on MRI.")
    assert "AnatomicalStructure/glial-cell" not in keys(e, "AnatomicalStructure")


def test_an_organ_word_inside_a_new_models_name_says_nothing_of_the_images(vocabulary):
    e = run(vocabulary, "HER2 status from DCE-MRI", "We benchmark a Triple-Head Dual-Attention ResNet that reads three DCE-MRI phases of breast lesions.")
    assert "AnatomicalStructure/head" not in keys(e, "AnatomicalStructure")
    assert "AnatomicalStructure/breast" in keys(e, "AnatomicalStructure")


def test_an_organs_adjective_that_readers_do_not_take_for_the_organ_targets_nothing(vocabulary):
    """On the samples, 'dental', 'coronary', 'intracranial', 'hepatic' and the like, with no noun for
    the organ, never gave an organ the gold lists: they describe a field, a disease or an exam."""
    e = run(vocabulary, "Caries detection", "We classify dental X-ray images of patients with coronary disease and intracranial aneurysms.")
    assert not links(e, "targetsAnatomy")
    e = run(vocabulary, "Tooth segmentation", "We segment the teeth and the coronary arteries in dental CBCT.")
    assert links(e, "targetsAnatomy") == {("paper", "AnatomicalStructure/teeth"), ("paper", "AnatomicalStructure/coronary-artery")}


@pytest.mark.parametrize(
    "sentence",
    [
        "We combine a channelwise autoencoder with a single-head transformer classifier.",
        "We present a one-stage dual head detection architecture for chest X-rays.",
        "The nodules are graded by a dual-head ResNet.",
        "The detector is based on Mask R-CNN with three head branches.",
        "The backbone is finetuned with a sigmoid head; a Global Average Pooling head is the baseline.",
        "A tracking head follows the needle, and an organ-aware head pools per organ.",
    ],
)
def test_a_networks_counted_or_named_head_is_no_head_region(vocabulary, sentence):
    assert "AnatomicalStructure/head" not in anatomy(vocabulary, "A detection network", sentence)


def test_variable_head_sizes_on_head_ct_are_the_head(vocabulary):
    assert "AnatomicalStructure/head" in anatomy(vocabulary, "Brain extraction", "Variable head sizes and head positions make extraction hard.")


def test_gastric_cancer_names_a_disease_and_the_stomach_is_named_as_such(vocabulary):
    assert "AnatomicalStructure/stomach" not in anatomy(vocabulary, "Survival in gastric cancer", "We predict survival of 1061 gastric cancer patients from CT.")
    assert "AnatomicalStructure/stomach" in anatomy(vocabulary, "Stomach segmentation", "We segment the stomach wall on CT.")


def test_cardiovascular_alone_names_no_heart_and_the_heart_is_named_as_such(vocabulary):
    """'cardiovascular' is the heart and its vessels, written mostly of diseases and risk; the heart
    is what the paper images where it says so."""
    assert "AnatomicalStructure/heart" not in anatomy(vocabulary, "Retinal age", "We estimate the cardiovascular age of patients from retinal photographs.")
    assert "AnatomicalStructure/heart" in anatomy(vocabulary, "Cardiovascular MRI", "We segment the heart on cardiovascular MRI.")


def test_cervical_cancer_names_a_disease_not_the_cervix_nor_the_neck(vocabulary):
    found = anatomy(vocabulary, "Cervical cancer screening", "Cervical cancer is the fourth most common cancer in women.")
    assert not found & {"AnatomicalStructure/cervix", "AnatomicalStructure/cervical-spine", "AnatomicalStructure/neck"}
    assert "AnatomicalStructure/cervix" in anatomy(vocabulary, "Pap smear classification", "We classify cervical cells in Pap smears.")
