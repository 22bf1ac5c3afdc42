"""Extraction behaviour on made-up abstracts: names never seen before, typed from their context."""

import pytest

from extracting import keys, links, open_names, run

from kg.evidence import PAPER
from kg.names import name_key


def test_title_colon_names_the_papers_model(vocabulary):
    e = run(vocabulary, "QuuxFormer: A Foundation Model for Knee MRI", "We evaluate it on many tasks and report strong results across several benchmarks in this work.")
    assert "Model/name:quuxformer" in keys(e, "Model")
    assert (PAPER, "Model/name:quuxformer") in links(e, "introduces")
    assert "Modality/mri" in keys(e, "Modality")
    assert "AnatomicalStructure/knee" in keys(e, "AnatomicalStructure")


@pytest.mark.parametrize("name", ["Quux-MoE", "Quux-ViT", "Quux-GPT"])
def test_a_title_colon_names_a_capitalised_word_hyphened_to_a_family(vocabulary, name):
    """'Med-MoE: Mixture of Domain-Specific Experts ...': a capitalised word joined to a family's
    acronym, written with small letters inside ('MoE', 'ViT') or not ('GPT'), names the paper's model."""
    e = run(vocabulary, f"{name}: Mixture of Domain-Specific Experts for Lightweight Vision-Language Models", f"We propose {name} for medical VQA.")
    assert (PAPER, name_key("Model", name)) in links(e, "introduces")


def test_a_title_calling_the_paper_a_study_leaves_its_name_to_the_abstract(vocabulary):
    """'QuuxNet: A Prospective Study using ...' says what the paper is, not what QuuxNet is: the
    abstract's 'QuuxNet, a network for ...' types it; with nothing said, a study's name stays data."""
    e = run(vocabulary, "QuuxNet: A Prospective Study using Foundation Models for Knee MRI", "We present QuuxNet, a network for knee MRI.")
    assert keys(e, "Model") == {"Model/name:quuxnet"} and not keys(e, "Dataset")
    e = run(vocabulary, "QuuxCohort: A Multicentre Study of Lung Nodules", "We release 1,000 CT scans of lung nodules.")
    assert keys(e, "Dataset") == {"Dataset/name:quuxcohort"}


def test_title_colon_with_dataset_head_noun_names_a_dataset(vocabulary):
    e = run(vocabulary, "ZorbCXR-90K: A Large-Scale Dataset of Chest Radiographs", "We release the data and code for research use in the community at large.")
    assert keys(e, "Dataset") == {"Dataset/name:zorbcxr90k"}
    assert not keys(e, "Model")


def test_a_title_name_given_as_the_means_of_an_ing_verb_is_of_the_means_kind(vocabulary):
    e = run(
        vocabulary,
        "QQ-Skin: Enhancing Dermatology Vision-Language Model with an Image-Text Dataset Derived from Textbooks",
        "We collect image-text pairs from textbooks and train a model on them.",
    )
    assert keys(e, "Dataset") == {"Dataset/name:qqskin"}
    e = run(vocabulary, "QuuxSeg: Improving Segmentation of the Liver", "We segment the liver in CT.")
    assert keys(e, "Model") == {"Model/name:quuxseg"}
    e = run(vocabulary, "QuuxCheck: Guiding Pretraining of Pathology Foundation Models via Dataset Distributions", "We pretrain on slides.")
    assert keys(e, "Model") == {"Model/name:quuxcheck"}


def test_a_title_means_listing_several_kinds_leaves_the_name_its_own_form(vocabulary):
    e = run(
        vocabulary,
        "QuuxGPT: Boosting Ophthalmology Understanding with Tailored Dataset, Benchmark and Model",
        "We build a dataset, a benchmark and a model for eye care.",
    )
    assert keys(e, "Model") == {"Model/name:quuxgpt"}
    assert not keys(e, "Dataset")


def test_two_title_names_before_a_model_and_a_dataset_are_typed_by_the_abstract(vocabulary):
    e = run(
        vocabulary,
        "QUUX-VL & QUUX-VL-5.5M: A Large Vision-Language Model and a Comprehensive Multimodal Dataset Towards General Medical AI",
        "We formulate QUUX-VL-5.5M, a multimodal medical dataset of image-text pairs. "
        "Building upon this dataset, we develop QUUX-VL, a general medical vision-language model.",
    )
    assert keys(e, "Model") == {"Model/name:quuxvl"}
    assert keys(e, "Dataset") == {"Dataset/name:quuxvl55m"}
    assert not {alias for _, alias in e.aliases if alias.startswith("QUUX-VL")}


def test_what_a_title_name_acts_on_is_not_what_it_is_when_its_form_says_otherwise(vocabulary):
    e = run(vocabulary, "QuuxGPT: Constructing 3D Image-Text Tumor Datasets", "Radiologists wrote the reports with QuuxGPT.")
    assert keys(e, "Model") == {"Model/name:quuxgpt"}
    e = run(vocabulary, "QuuxBank: Constructing 3D Image-Text Tumor Datasets", "Radiologists wrote the reports.")
    assert keys(e, "Dataset") == {"Dataset/name:quuxbank"}  # no form of its own: the title's datasets


def test_unknown_names_typed_from_sentence_context(vocabulary):
    e = run(
        vocabulary,
        "A study of lesion segmentation",
        "We introduce FooNet-7, a segmentation network for CT scans. "
        "FooNet-7 is trained on BarSet-12K and evaluated on the GlimDB benchmark. "
        "It outperforms baselines such as KappaSeg and ZetaUNet on all organs.",
    )
    assert {"Model/name:foonet7", "Model/name:kappaseg", "Model/name:zetaunet"} <= keys(e, "Model")
    assert {"Dataset/name:barset12k", "Dataset/name:glimdb"} <= keys(e, "Dataset")
    assert (PAPER, "Model/name:foonet7") in links(e, "introduces")
    assert ("Model/name:foonet7", "Dataset/name:barset12k") in links(e, "trainedOn")
    assert ("Model/name:foonet7", "Dataset/name:glimdb") in links(e, "evaluatedOn")
    assert "Task/segmentation" in keys(e, "Task")


def test_coordinated_names_share_the_head_noun(vocabulary):
    e = run(vocabulary, "Vessel analysis", "On the mixed dataset (including the ALPHA7, BRAVO2, and CHARLY datasets), our model achieved high accuracy in every experiment.")
    assert {"Dataset/name:alpha7", "Dataset/name:bravo2", "Dataset/name:charly"} <= keys(e, "Dataset")


def test_acronym_long_form_becomes_an_alias(vocabulary):
    e = run(vocabulary, "Retinal analysis", "We propose the Retina Vessel Graph Network (RVGNet) for fundus photographs, which improves vessel segmentation considerably.")
    assert ("Model/name:rvgnet", "Retina Vessel Graph Network") in e.aliases
    assert "Modality/fundus-photography" in keys(e, "Modality") or any(k.startswith("Modality/") for k in keys(e, "Modality"))


def test_generic_families_and_metrics_are_not_names(vocabulary):
    e = run(vocabulary, "Benchmarking CNNs", "Several CNN-based and LLM-driven methods are compared with AUC, F1 and SSIM on 3D volumes, and we report IoU values here.")
    assert not keys(e, "Model") and not keys(e, "Dataset")


def test_known_name_inside_a_longer_name_is_not_matched(vocabulary):
    e = run(vocabulary, "A study", "We train SAM-Med9Z on the MIMIC-CXR-JPG collection and compare it with SAM in every experiment we ran.")
    models = keys(e, "Model")
    assert "Model/name:sammed9z" in models
    assert "Model/sam" in models  # the bare mention later in the sentence
    assert ("Model/name:sammed9z", "Model/sam") in links(e, "basedOn")
    assert not any(k == "Modality/chest-x-ray" for k in keys(e, "Modality")), "CXR inside MIMIC-CXR-JPG is no modality mention"



def test_a_name_opening_with_a_generic_word_is_cut_after_it(vocabulary):
    """PubMedCLIP is CLIP tuned on PubMed figures, not a MedCLIP; PubMedQA is no MedQA."""
    e = run(vocabulary, "Medical vision-language models", "We compare PubMedCLIP with MedCLIP and CLIP, and test each on PubMedQA and MedQA.")
    assert ("Model/pubmedclip", "Model/clip") in links(e, "basedOn")
    assert ("Model/pubmedclip", "Model/medclip") not in links(e, "basedOn")
    assert not {(s, o) for s, o in links(e, "derivedFrom") if "pubmedqa" in s}


def test_a_dataset_named_in_anothers_style_is_not_made_from_it(vocabulary):
    """A prefix glued to a dataset's name makes one in its style (RadImageNet is radiology images,
    none from ImageNet); a separated part names what it comes from (MIMIC-CXR-JPG)."""
    e = run(vocabulary, "Transfer learning", "We pretrain on RadImageNet and ImageNet, and evaluate on MIMIC-CXR-JPG and MIMIC-CXR.")
    derived = links(e, "derivedFrom")
    assert not {(s, o) for s, o in derived if o == "Dataset/imagenet"}
    assert ("Dataset/mimic-cxr-jpg", "Dataset/mimic-cxr") in derived

def test_a_label_runs_across_a_bracketed_abbreviation(vocabulary):
    e = run(vocabulary, "A study", "We study out-of-distribution (OOD) detection and optical coherence tomography (OCT) angiography of the retina.")
    assert "Task/ood-detection" in keys(e, "Task") and "Task/detection" not in keys(e, "Task")
    assert keys(e, "Modality") == {"Modality/octa"}  # not OCT and angiography apart
    octa = next(m for m in e.mentions if m.key == "Modality/octa")
    assert octa.text == "optical coherence tomography (OCT) angiography"


def test_a_bracket_that_is_no_abbreviation_still_splits_labels(vocabulary):
    e = run(vocabulary, "A study", "We report out-of-distribution (see below) detection rates and optical coherence tomography (3) angiography.")
    assert "Task/ood-detection" not in keys(e, "Task") and "Modality/octa" not in keys(e, "Modality")


def test_a_possessive_does_not_hide_a_known_name(vocabulary):
    e = run(vocabulary, "A study of GPT-4V's abilities", "We test SAM’s zero-shot masks on the lung's lobes in CT scans and report every result.")
    found = {(m.key, m.text) for m in e.mentions}
    # the possessive is left out of a name's surface form, and read through inside a label
    assert {("Model/gpt-4v", "GPT-4V"), ("Model/sam", "SAM"), ("AnatomicalStructure/lung-lobes", "lung's lobes")} <= found


def test_a_dataset_label_with_its_head_noun_gives_the_bare_name_as_an_alias(vocabulary):
    """"the Synapse datasets" matches a label of BTCV; the paper calls the dataset "Synapse", a word
    that is no label alone, and a curator searching the graph for it finds BTCV."""
    e = run(vocabulary, "VM-UNet", "We run experiments on the ISIC17 and Synapse datasets, and on the CheXpert dataset.")
    assert {("Dataset/btcv", "Synapse"), ("Dataset/chexpert", "CheXpert")} <= set(e.aliases)
    assert not run(vocabulary, "A study", "Synapse counts fall in the aged mouse cortex.").mentions


def test_reference_standards_and_phrases_naming_no_organ_are_idioms(vocabulary):
    e = run(
        vocabulary,
        "Steatosis grading on liver ultrasound",
        "We analysed 588 ultrasound studies of histology-proven cases, with histopathological validation where available. "
        "Steatosis was graded based on histopathologic criteria; the gold standard is histological evaluation of a biopsy. "
        "We also predict histological subtypes of the tumours. "
        "The method matches blood testing, and errors are invisible to the human eye. Salient regions include the lingual gyrus.",
    )
    assert keys(e, "Modality") == {"Modality/ultrasound"}
    assert keys(e, "AnatomicalStructure") == {"AnatomicalStructure/liver"}


def test_photon_counting_names_a_ct_not_a_counting_task(vocabulary):
    e = run(vocabulary, "Noise suppression in photon-counting computed tomography using generative models", "A photon-counting detector (PCD) records each photon.")
    assert keys(e, "Modality") == {"Modality/photon-counting-ct"}
    assert "Task/counting" not in keys(e, "Task") and not keys(e, "Model")


def test_idioms_are_not_anatomy(vocabulary):
    e = run(vocabulary, "Robust detection", "On the other hand, hand-crafted features fail; we detect lesions in the knee instead and report results.")
    assert keys(e, "AnatomicalStructure") == {"AnatomicalStructure/knee"}


def test_respiratory_motion_is_an_artefact_not_a_target(vocabulary):
    e = run(vocabulary, "Cardiac MRI analysis under respiratory motion", "Cine images of the heart are degraded by respiratory motion.")
    assert keys(e, "AnatomicalStructure") == {"AnatomicalStructure/heart"}
    moving = run(vocabulary, "MR-guided radiotherapy", "Online prediction for respiratory movement compensation in MRI-guided radiotherapy.")
    assert "AnatomicalStructure/respiratory-system" not in keys(moving, "AnatomicalStructure")


def test_the_cardiac_cycle_times_a_scan_of_another_organ(vocabulary):
    e = run(vocabulary, "4D flow MRI of the aorta", "Volumes are sampled over cardiac phases and breathing cycles; the cardiac output is estimated.")
    assert keys(e, "AnatomicalStructure") == {"AnatomicalStructure/aorta"}


def test_a_contrast_phase_named_after_a_vein_is_no_vein(vocabulary):
    """'portal vein phase' dates a CT scan; read as the portal vein it would also hide the vessels
    the paper segments (a named vein is narrower than vessels)."""
    e = run(vocabulary, "Liver tumour and vessel segmentation", "We collect 52 portal vein phase CT images with liver and blood vessel annotations.")
    assert keys(e, "AnatomicalStructure") == {"AnatomicalStructure/liver", "AnatomicalStructure/vasculature"}


def test_joint_as_an_adjective_and_skin_tone_are_not_anatomy(vocabulary):
    extraction = run(
        vocabulary,
        "A vision-language model for chest radiographs",
        "We use a joint image and report encoder, and a joint rule-based and learned labeller. "
        "Accuracy did not differ across skin tones or skin colour groups.",
    )
    assert keys(extraction, "AnatomicalStructure") == {"AnatomicalStructure/chest"}


def test_anatomical_joints_and_skin_are_still_anatomy(vocabulary):
    extraction = run(vocabulary, "Radiographs in arthritis", "We grade erosions of the finger joints and lesions of the skin.")
    assert {"AnatomicalStructure/joint", "AnatomicalStructure/skin"} <= keys(extraction, "AnatomicalStructure")


def test_specific_kind_replaces_its_broader_kind(vocabulary):
    e = run(vocabulary, "Low-dose CT denoising", "Low-dose CT reduces radiation. We denoise CT images with a new network and show clear gains.")
    assert "Modality/ct" not in {l.object for l in e.links}
    assert any(k.startswith("Modality/") and k != "Modality/ct" for k in {l.object for l in e.links})


def test_the_parts_of_a_combined_examination_named_on_their_own_are_kept(vocabulary):
    """'PET/CT' is narrower than PET and than CT, but a paper that also names 'CT and PET scans'
    names both parts as modalities of their own, and they are its modalities: the combined one
    beside them would be a second node for what readers list once. A broader kind above them is
    still implied, and a part named alone is kept beside the combined examination."""
    title = "Tumor segmentation using 3D PET/CT imaging"
    e = run(vocabulary, title, "The organizers provided 3D Computed Tomography (CT) and Positron Emission Tomography (PET) scans.")
    assert keys(e, "Modality") == {"Modality/ct", "Modality/pet"}
    e = run(vocabulary, title, "We segment head and neck tumours on PET/CT scans of nine centres.")
    assert keys(e, "Modality") == {"Modality/pet-ct"}
    e = run(vocabulary, title, "We segment tumours on PET/CT scans and report their uptake on the CT images.")
    assert keys(e, "Modality") == {"Modality/pet-ct", "Modality/ct"}


@pytest.mark.parametrize(
    ("abstract", "family", "family_kept"),
    [
        ("We benchmark six pretrained ViTs on fundus images and compare them with a baseline ViT-L.", "Model/vit", True),
        ("We benchmark several ResNets on CT and report ResNet-50 results.", "Model/resnet", True),
        ("We present a framework built on LLaMA. It integrates LLaMA 3.1 with image embeddings.", "Model/llama", False),
    ],
)
def test_a_model_family_named_in_the_plural_is_kept_beside_its_variant(vocabulary, abstract, family, family_kept):
    """'six pretrained ViTs' names the family as a kind of model; a singular 'LLaMA' beside 'LLaMA
    3.1' is that version's short name, and the version alone stays."""
    models = {l.object for l in run(vocabulary, "A study", abstract).links if l.subject == PAPER and l.object.startswith("Model/")}
    assert (family in models) is family_kept
    assert models - {family}


def test_latent_diffusion_models_are_a_family_not_a_model(vocabulary):
    """'Latent diffusion models', as 'diffusion models', name a kind of generator (the guideline's generic
    phrase); Stable Diffusion, one of them, is still a model, of that family."""
    models = {l.object for l in run(vocabulary, "A study", "Latent Diffusion Models and Stable Diffusion synthesise images; an LDM pretrained on CT adds more.").links if l.object.startswith("Model/")}
    assert models == {"Model/stable-diffusion"}
    assert "Model/ldm" in vocabulary.ancestors("Model/stable-diffusion")


def test_anatomy_drops_a_kind_but_keeps_the_region_around_an_organ(vocabulary):
    e = run(vocabulary, "Coronary artery segmentation", "We segment coronary arteries and other blood vessels in CT of the chest and lungs.")
    anatomy = {l.object for l in e.links if l.relation == "targetsAnatomy" and l.subject == PAPER}
    assert "AnatomicalStructure/coronary-artery" in anatomy
    assert not anatomy & vocabulary.kinds_above("AnatomicalStructure/coronary-artery")  # artery, vasculature
    assert {"AnatomicalStructure/chest", "AnatomicalStructure/lung"} <= anatomy  # the lung is part of the chest


def test_code_links_are_read_from_urls(vocabulary):
    e = run(vocabulary, "A tool", "Code is available at https://github.com/example/tool and our site is https://example.org/about for details.")
    assert links(e, "hasCode") == {(PAPER, "https://github.com/example/tool")}


def test_code_links_are_iris_oxigraph_accepts(vocabulary):
    """A code URL in an abstract becomes an IRI in graph.ttl: a second '#' or a stray '%' must not
    make the file unloadable by `kg query`."""
    from pyoxigraph import NamedNode

    e = run(vocabulary, "A tool", "Code: https://github.com/lab/tool#readme#install and https://github.com/lab/other%zz for all.")
    code = {url for _, url in links(e, "hasCode")}
    assert code == {"https://github.com/lab/tool#readme%23install", "https://github.com/lab/other%25zz"}
    for url in code:
        NamedNode(url)


def test_evidence_offsets_point_at_the_sentence(vocabulary):
    e = run(vocabulary, "GammaNet: a model", "First sentence here is long enough. GammaNet is trained on DeltaSet-5K for retinal OCT segmentation.")
    (link,) = [l for l in e.links if l.relation == "trainedOn"]
    assert e.sentence_text(link.sentence) == "GammaNet is trained on DeltaSet-5K for retinal OCT segmentation."


def test_a_disease_named_after_a_cell_or_vessel_names_no_anatomy(vocabulary):
    e = run(
        vocabulary,
        "Lesion classification",
        "We classify basal cell carcinoma and vascular lesions in dermoscopy, and stage non-small cell "
        "lung cancer and renal cell carcinoma on CT.",
    )
    anatomy = keys(e, "AnatomicalStructure")
    assert {"AnatomicalStructure/lung", "AnatomicalStructure/kidney"} <= anatomy
    assert "AnatomicalStructure/vasculature" not in anatomy


def test_an_anatomy_word_naming_a_specialty_is_no_anatomical_target(vocabulary):
    e = run(
        vocabulary,
        "Grading osteoarthritis on radiographs",
        "Our model grades radiographs as well as musculoskeletal (MSK) radiologists and thoracic surgeons.",
    )
    assert not keys(e, "AnatomicalStructure")


def test_a_modality_adjective_naming_a_specialty_is_no_modality_of_the_paper(vocabulary):
    e = run(vocabulary, "A CBCT dataset", "We annotate 22 CBCT volumes. Labels were drawn by radiographic interpreters and checked by dental practitioners.")
    assert keys(e, "Modality") == {"Modality/cbct"}
    assert not keys(e, "AnatomicalStructure")
    e = run(vocabulary, "Fracture detection", "We detect fractures on radiographic images of the wrist.")
    assert "Modality/x-ray" in keys(e, "Modality")


def test_a_modality_adjective_before_a_finding_noun_names_a_finding(vocabulary):
    e = run(vocabulary, "Predicting aggressive tumours with PET", "We predict aggressive histopathological features of oesophageal cancer from PET.")
    assert keys(e, "Modality") == {"Modality/pet"}
    e = run(vocabulary, "A histologic remission index", "We developed a simple histological index and predicted histological remission.")
    assert not keys(e, "Modality")
    e = run(vocabulary, "Molecular subgroups from MRI", "Radiographic features and clinical parameters were combined on MRI.")
    assert keys(e, "Modality") == {"Modality/mri"}
    assert keys(run(vocabulary, "Gland segmentation", "We segment glands in histological images."), "Modality") == {"Modality/histopathology"}


def test_a_modality_written_after_its_organ_keeps_the_phrase_as_an_alias(vocabulary):
    e = run(vocabulary, "Trauma on radiographs", "We detect fractures on pelvic radiographs and meniscal tears on knee MRI.")
    assert {("Modality/x-ray", "pelvic radiographs"), ("Modality/mri", "knee MRI")} <= set(e.aliases)
    assert {"AnatomicalStructure/pelvis", "AnatomicalStructure/knee"} <= keys(e, "AnatomicalStructure")


def test_joint_as_an_adjective_is_no_anatomy_but_joints_are(vocabulary):
    e = run(vocabulary, "Joint Tensor Low-Rank Networks", "We propose an image-video-joint detection network trained with joint 2D and 3D losses.")
    assert "AnatomicalStructure/joint" not in keys(e, "AnatomicalStructure")
    e = run(vocabulary, "Arthritis scoring", "We score erosions in the small joints of the hands on radiographs.")
    assert "AnatomicalStructure/joint" in keys(e, "AnatomicalStructure")


def test_screenings_and_detections_are_exams_and_results_not_tasks(vocabulary):
    """A one-word idiom is the word as written: its singular still names the task. Bare 'error detection' (of
    report errors, of a metric's errors) is no object detection."""
    e = run(vocabulary, "COVID-19 in lung ultrasound", "Staff may upload their own screenings. Confidence is given for AI-based detections.")
    assert not keys(e, "Task")
    assert "Task/detection" not in keys(run(vocabulary, "Checking chest X-ray reports", "We benchmark error detection and correction in reports."), "Task")
    e = run(vocabulary, "COVID-19 in lung ultrasound", "We support screening and detection of COVID-19 on lung ultrasound.")
    assert {"Task/screening", "Task/detection"} <= keys(e, "Task")


def test_a_label_holding_a_whole_idiom_is_still_found(vocabulary):
    """'blood pressure' is an idiom (no blood), but 'blood pressure estimation' is a task's label that holds it whole."""
    e = run(vocabulary, "PPG-based Blood Pressure Estimation on Wearables", "We estimate blood pressure from PPG.")
    assert "Task/vital-sign-estimation" in keys(e, "Task")
    assert "AnatomicalStructure/blood" not in keys(e, "AnatomicalStructure")


def test_x_ray_physics_in_a_ct_paper_is_no_radiography(vocabulary):
    e = run(vocabulary, "Low-dose CT denoising", "Low-dose computed tomography reduces the X-ray radiation but compromises image quality.")
    assert "Modality/x-ray" not in keys(e, "Modality")
    assert "Modality/low-dose-ct" in keys(e, "Modality")


@pytest.mark.parametrize(
    ("abstract", "found"),
    [
        ("We pair each scan with its radiology reports and review radiological practice.", False),
        ("We pretrain an encoder on two million radiology images.", True),
    ],
)
def test_radiology_is_an_imaging_modality_only_as_its_images(vocabulary, abstract, found):
    assert ("Modality/radiology" in keys(run(vocabulary, "Report encoders", abstract), "Modality")) is found


@pytest.mark.parametrize(
    ("abstract", "modality"),
    [
        ("Images were acquired with a high-throughput fluorescence microscope.", "Modality/fluorescence-microscopy"),
        ("Medfusion generates fundoscopies with and without glaucoma.", "Modality/fundus-photography"),
        ("Transformers track dividing cells in live-cell microscopy.", "Modality/fluorescence-microscopy"),
        ("Ventilation images are derived from four-dimensional computed tomography (4DCT).", "Modality/four-dimensional-ct"),
        ("We reconstruct hyperpolarized 129Xe MRI of the lungs.", "Modality/hyperpolarized-gas-mri"),
        ("A CNN reads V/Q scans for pulmonary embolism.", "Modality/vq-scintigraphy"),
        ("Nailfold capillaroscopy images show microvascular change.", "Modality/nailfold-capillaroscopy"),
        ("A near-infrared (NIR) imaging system finds dorsal hand veins.", "Modality/near-infrared-imaging"),
        ("Tissue is classified from terahertz images.", "Modality/terahertz-imaging"),
        ("The substantia nigra is segmented on neuromelanin-sensitive MRI.", "Modality/neuromelanin-mri"),
        ("We restore isotropic resolution of three-dimensional electron microscopy volumes.", "Modality/volume-electron-microscopy"),
        ("Experiments on cross-domain fundus imaging datasets show gains.", "Modality/fundus-photography"),
        ("Facial landmarks are localised on 3D stereo-photogrammetry scans.", "Modality/stereophotogrammetry"),
        ("Peripheral nerves are segmented on magnetic resonance neurography.", "Modality/mr-neurography"),
        ("Microbubbles are localised for ultrasound localization microscopy of the rat brain.", "Modality/ultrasound-localization-microscopy"),
        ("Plane wave imaging reaches thousands of frames per second.", "Modality/plane-wave-ultrasound"),
        ("Cells are phenotyped in imaging mass cytometry data of breast tumours.", "Modality/imaging-mass-cytometry"),
        ("Highly multiplexed imaging measures dozens of proteins in one section.", "Modality/multiplexed-tissue-imaging"),
        ("Microbleeds are counted on T2*-weighted gradient-recalled echo images.", "Modality/mri"),
        ("Parameter maps are matched from magnetic resonance fingerprinting signals.", "Modality/mr-fingerprinting"),
        ("Semisolid magnetization transfer and CEST are quantified together.", "Modality/magnetization-transfer"),
        ("We super-resolve 23Na MRI of the calf.", "Modality/sodium-mri"),
        ("Aortic dissection is segmented on CT-angiography.", "Modality/cta"),
        ("Fungal hyphae are found in in vivo confocal microscopy images of the cornea.", "Modality/in-vivo-confocal-microscopy"),
        ("Plant organs were imaged with confocal and light sheet microscopes.", "Modality/light-sheet-microscopy"),
        ("Bronchoscope localization for peripheral lung lesions.", "Modality/bronchoscopy"),
        ("The spinal cord is segmented on echo-planar images.", "Modality/mri"),
        ("Parkinsonian gait is scored from smartphone videos.", "Modality/patient-video"),
        ("Left atrial contours are drawn on intracardiac echocardiography (ICE).", "Modality/intracardiac-echocardiography"),
        ("N staging is predicted from the pre-treatment CT-Scan.", "Modality/ct"),
        ("A network fits fluorescence lifetime imaging microscopy data.", "Modality/flim"),
        ("Breast cancer cell lines are classified from Raman spectra.", "Modality/raman-spectroscopy"),
        ("Bacteria are identified from surface-enhanced Raman scattering (SERS) spectra.", "Modality/sers"),
        ("Optical properties are mapped by spatial frequency domain imaging.", "Modality/sfdi"),
        ("Keratoconus is detected from Scheimpflug corneal tomography.", "Modality/corneal-topography"),
    ],
)
def test_a_device_or_a_plural_of_its_images_names_the_modality(vocabulary, abstract, modality):
    assert modality in keys(run(vocabulary, "Imaging study", abstract), "Modality")


def test_b_mode_images_are_counted_as_ultrasound(vocabulary):
    """B-mode is the ordinary grey-scale ultrasound image: a paper on B-mode images is on ultrasound,
    and beside an ultrasound named by when it is taken (during surgery) they are that ultrasound's."""
    assert keys(run(vocabulary, "Thyroid nodules", "We classify nodules on B-mode ultrasound images."), "Modality") == {"Modality/ultrasound"}
    e = run(
        vocabulary,
        "Glioma segmentation in intraoperative ultrasound",
        "Intraoperative ultrasound (ioUS) images the brain during resection. We segment gliomas on B-mode images of ioUS.",
    )
    assert keys(e, "Modality") == {"Modality/intraoperative-ultrasound"}


def test_autofluorescence_imaging_names_no_one_organ_or_device(vocabulary):
    """Autofluorescence is imaged in the fundus, the mouth, the bronchi and under the microscope: the
    bare phrase names the broad modality, which the fundus and microscope forms are kinds of."""
    e = run(vocabulary, "Oral lesion screening", "We classify autofluorescence images of the oral mucosa taken with a handheld device.")
    assert keys(e, "Modality") == {"Modality/autofluorescence-imaging"}
    assert "Modality/autofluorescence-imaging" in vocabulary.ancestors("Modality/fundus-autofluorescence")
    fundus = run(vocabulary, "Geographic atrophy", "Lesions are segmented on fundus autofluorescence (FAF) images.")
    assert keys(fundus, "Modality") == {"Modality/fundus-autofluorescence"}


def test_radiological_findings_are_no_imaging_modality(vocabulary):
    e = run(vocabulary, "Phrase grounding", "Grounding maps textual descriptions of radiological findings to image regions.")
    assert "Modality/radiology" not in keys(e, "Modality")


def test_videos_of_a_named_surgery_are_surgical_video(vocabulary):
    e = run(vocabulary, "Instrument detection", "We detect instruments in instructional cataract surgery videos.")
    assert "Modality/surgical-video" in keys(e, "Modality")


def test_low_dose_ct_perfusion_is_ct_perfusion(vocabulary):
    """'Low-dose CT perfusion' is perfusion CT at a lower dose, not the low-dose CT of lung screening."""
    e = run(vocabulary, "Robust denoising of low-dose computed tomography perfusion", "We denoise perfusion maps with a CNN.")
    assert keys(e, "Modality") == {"Modality/ct-perfusion"}


def test_a_dimension_hyphened_to_a_modality_qualifies_it(vocabulary):
    e = run(vocabulary, "QuuxFM: A Framework for 3D-CT Vision Foundation Models", "We pretrain QuuxFM on 3D-CT volumes.")
    assert keys(e, "Modality") == {"Modality/ct"}
    assert keys(e, "Model") == {"Model/name:quuxfm"}


def test_conventional_ct_beside_spectral_ct_is_single_energy_ct(vocabulary):
    e = run(
        vocabulary,
        "Dual-energy CT from kilovoltage CT",
        "We synthesise dual-energy CT (DECT) images from single-energy CT (SECT) and kilovoltage computed tomography (kV-CT) images.",
    )
    assert keys(e, "Modality") == {"Modality/dual-energy-ct", "Modality/single-energy-ct"}
    assert "Modality/ct" in keys(run(vocabulary, "CT synthesis", "We synthesise CT images."), "Modality")


def test_micro_ultrasound_and_proton_radiography_are_modalities_of_their_own(vocabulary):
    e = run(vocabulary, "Prostate cancer detection on micro-ultrasound", "We detect prostate cancer from micro-ultrasound (μUS) images.")
    assert keys(e, "Modality") == {"Modality/micro-ultrasound"}
    e = run(vocabulary, "Water-equivalent path length from proton radiographs", "We map proton radiographs to water-equivalent path length for range verification.")
    assert keys(e, "Modality") == {"Modality/proton-radiography"}
    assert "Task/dose-verification" in keys(e, "Task")


def test_label_free_molecular_and_phase_imaging_are_modalities_of_their_own(vocabulary):
    e = run(vocabulary, "Tumour classification in imaging mass spectrometry", "We classify MALDI imaging data of tumour tissue sections.")
    assert keys(e, "Modality") == {"Modality/mass-spectrometry-imaging"}
    e = run(vocabulary, "Red blood cell morphology", "We classify red blood cells imaged by quantitative phase imaging (QPI) and digital holographic microscopy.")
    assert keys(e, "Modality") == {"Modality/quantitative-phase-imaging", "Modality/digital-holography"}
    assert "Modality/microscopy" in vocabulary.ancestors("Modality/digital-holography")


def test_a_thermal_camera_names_thermography_and_temperature_its_task(vocabulary):
    e = run(vocabulary, "Non-invasive temperature tracking in crowds", "We screen for fever with a thermal camera and an edge device.")
    assert keys(e, "Modality") == {"Modality/thermography"}
    assert keys(e, "Task") == {"Task/temperature-estimation"}  # no tracking of an object


def test_quantitative_ultrasound_and_stopping_power_maps_are_parameter_mapping(vocabulary):
    e = run(vocabulary, "Attenuation coefficient estimation with CNNs", "We estimate attenuation coefficients from radiofrequency data of the liver.")
    assert keys(e, "Task") == {"Task/parameter-mapping"}
    e = run(vocabulary, "Learning-based stopping power mapping on dual-energy CT", "We predict relative stopping power maps for proton therapy.")
    assert "Task/parameter-mapping" in keys(e, "Task")


def test_a_contrast_phase_names_no_artery(vocabulary):
    e = run(vocabulary, "Liver lesion classification", "Lesions are detected on arterial phase-enhanced CT and portal venous phase images of the liver.")
    assert keys(e, "AnatomicalStructure") == {"AnatomicalStructure/liver"}


def test_a_short_form_defined_for_an_organ_names_it_later(vocabulary):
    # (a short form the vocabulary does not list: "LA")
    # the opening sentence alone would be the field's background; the short form carries the organ on
    e = run(
        vocabulary,
        "Real-time ejection fraction measurement with deep learning",
        "Volume measurements of the left atrium (LA) in echocardiography are uncertain. "
        "In this work, a fully automated measurement method is proposed. "
        "The method segments the LA in every frame of the cardiac cycle. "
        "LA volume was measured by an expert as reference.",
    )
    assert "AnatomicalStructure/left-atrium" in keys(e, "AnatomicalStructure")
    assert any(m.rule == "short-form" and m.text == "LA" for m in e.mentions)


def test_a_short_form_the_paper_defines_for_another_organ_names_that_organ(vocabulary):
    # "LV" is a label of the left ventricle; this paper spells it out as the brain's lateral ventricles
    e = run(
        vocabulary,
        "Automatic measurement of fetal ventricles in ultrasound images",
        "Measurement of the width of fetal lateral ventricles (LVs) in prenatal ultrasound images is essential. "
        "We segment the LV in each image and measure the width of the LVs.",
    )
    assert keys(e, "AnatomicalStructure") == {"AnatomicalStructure/brain-ventricles"}
    assert {m.text for m in e.mentions if m.rule == "short-form"} == {"LV", "LVs"}


def test_a_modality_short_form_the_paper_gives_another_meaning_names_no_modality(vocabulary):
    """"PCG" is a phonocardiogram, whose label no letter-by-letter spelling of PCG matches; a paper
    that defines "Predicted Cognitive Gap (PCG)" means that, wherever it writes PCG."""
    e = run(
        vocabulary,
        "Cognitive gap from brain MRI",
        "We estimate the Predicted Cognitive Gap (PCG) from T1-weighted MRI. PCG separates healthy subjects from demented ones.",
    )
    assert "Modality/pcg" not in keys(e, "Modality")


def test_a_short_form_of_the_end_of_a_longer_label_names_the_longer_concept(vocabulary):
    """"Intravascular optical coherence tomography (OCT)": the letters spell the last three words only,
    but the paper's OCT is the intravascular kind, not the ophthalmic OCT the short form names elsewhere,
    in its bracket and in "OCT images" alike."""
    e = run(
        vocabulary,
        "Stent strut detection",
        "Stents are implanted each year. Intravascular optical coherence tomography (OCT) is an emerging imaging technique. "
        "We detect stent struts in OCT images with a network.",
    )
    assert keys(e, "Modality") == {"Modality/ivoct"}
    assert any(m.rule == "short-form" and m.text == "OCT" for m in e.mentions)


def test_myocardial_names_the_myocardium_but_myocardial_infarction_is_a_disease(vocabulary):
    e = run(vocabulary, "Myocardial segmentation from echocardiogram videos", "We estimate myocardial strain from echocardiogram videos.")
    assert "AnatomicalStructure/myocardium" in keys(e, "AnatomicalStructure")
    e = run(vocabulary, "Retinal foundation model", "We predict myocardial infarction from retinal images.")
    assert "AnatomicalStructure/myocardium" not in keys(e, "AnatomicalStructure")


def test_an_idiom_voids_the_terms_in_it_but_not_a_name_holding_it(vocabulary):
    e = run(
        vocabulary,
        "Cardiovascular risk from chest radiographs",
        "The model was developed on data from a cancer screening trial and tested on the National Lung Screening Trial. "
        "We read fat-suppressed knee MRI of patients with diffuse large B cell lymphoma, screening mammograms and screening colonoscopy videos.",
    )
    assert "Task/screening" not in keys(e, "Task")
    assert "Dataset/nlst" in keys(e, "Dataset")
    assert "AnatomicalStructure/adipose-tissue" not in keys(e, "AnatomicalStructure")
    assert "AnatomicalStructure/knee" in keys(e, "AnatomicalStructure")


def test_an_idiom_written_with_a_hyphen_is_the_same_idiom(vocabulary):
    e = run(vocabulary, "Cardiac cine MRI segmentation", "Our segmenter achieved Dice scores of 96.8% for the LV blood-pool on cardiac cine MRI.")
    assert "AnatomicalStructure/blood" not in keys(e, "AnatomicalStructure")
    assert "AnatomicalStructure/left-ventricle" in keys(e, "AnatomicalStructure")
    # between any two words of a longer idiom: MRI's superior soft tissue contrast targets no soft tissue
    e = run(vocabulary, "Pelvic MRI", "Low soft-tissue contrast in CT hampers delineation; MRI offers superior soft tissue contrast of the pelvis.")
    assert keys(e, "AnatomicalStructure") == {"AnatomicalStructure/pelvis"}


def test_a_spaced_name_with_an_acronym_written_with_hyphens_throughout_is_that_name(vocabulary):
    e = run(vocabulary, "Chest X-ray report generation", "Experiments on the public IU-X-ray and MIMIC-CXR datasets show gains.")
    assert {"Dataset/openi", "Dataset/mimic-cxr"} <= keys(e, "Dataset")
    # a name of common words so written is a modifier: a vision-transformer-based encoder names no ViT
    e = run(vocabulary, "Report generation", "We fuse chest X-ray views via a vision-transformer-based multi-view encoder.")
    assert "Model/vit" not in keys(e, "Model")


def test_a_label_in_ize_matches_spelled_in_ise_and_back(vocabulary):
    e = run(vocabulary, "nnOOD: a framework for benchmarking self-supervised anomaly localisation methods", "We compare anomaly localisation methods on X-rays.")
    assert "Task/anomaly-detection" in keys(e, "Task")
    e = run(vocabulary, "Stain normalisation for histopathology", "We apply Macenko stain normalisation before training.")
    assert "Model/macenko" in keys(e, "Model")


def test_cardiovascular_disease_names_no_anatomical_target(vocabulary):
    for sentence in ("We screen chest radiographs for cardiovascular disease risk.", "Retinal images reveal cardiovascular diseases."):
        e = run(vocabulary, "Opportunistic screening", sentence)
        assert "AnatomicalStructure/cardiovascular-system" not in keys(e, "AnatomicalStructure"), sentence
    e = run(vocabulary, "Cardiovascular imaging", "We segment the cardiovascular system on CT.")
    assert "AnatomicalStructure/cardiovascular-system" in keys(e, "AnatomicalStructure")


def test_diseases_named_after_an_organ_adjective_are_no_anatomical_target(vocabulary):
    e = run(
        vocabulary,
        "Screening from chest radiographs and OCT",
        "We detect pleural effusion and heart failure on radiographs and age-related macular degeneration on OCT.",
    )
    found = keys(e, "AnatomicalStructure")
    assert not found & {"AnatomicalStructure/pleura", "AnatomicalStructure/heart", "AnatomicalStructure/macula"}


def test_an_organ_the_opening_sentence_images_is_the_papers_target(vocabulary):
    later = (
        " However, many images must be read to obtain a diagnosis. In this work, we propose a network for ulcer recognition."
        " The proposed method outperforms several classic networks."
    )
    e = run(vocabulary, "Ulcer recognition with a deep network", "Wireless capsule endoscopy enables physicians to examine the gastrointestinal tract without surgery." + later)
    assert "AnatomicalStructure/gi-tract" in keys(e, "AnatomicalStructure")
    # an organ only as an adjective, or in an opening about a disease and no imaging, stays background
    e = run(vocabulary, "Ulcer recognition with a deep network", "Wireless capsule endoscopy finds gastrointestinal ulcers without surgery." + later)
    assert "AnatomicalStructure/gi-tract" not in keys(e, "AnatomicalStructure")
    e = run(vocabulary, "Ulcer recognition with a deep network", "Ulcers of the gastrointestinal tract are a common disease." + later)
    assert "AnatomicalStructure/gi-tract" not in keys(e, "AnatomicalStructure")


def test_a_back_bone_network_is_no_bone(vocabulary):
    e = run(vocabulary, "Liver segmentation from CT", "Fully convolutional networks serve as the back-bone in many liver segmentation methods.")
    assert "AnatomicalStructure/bone" not in keys(e, "AnatomicalStructure")
    assert "AnatomicalStructure/liver" in keys(e, "AnatomicalStructure")


def test_an_anatomy_word_hyphened_to_a_specialty_before_a_clinician_is_no_target(vocabulary):
    e = run(vocabulary, "Fundus image analysis", "Analysis of fundus images is essential for eye-care physicians and breast-imaging radiologists.")
    assert not keys(e, "AnatomicalStructure") & {"AnatomicalStructure/eye", "AnatomicalStructure/breast"}


def test_a_purpose_statement_after_a_section_heading_is_no_background(vocabulary):
    e = run(
        vocabulary,
        "Efficient ejection fraction estimation",
        "Objective To develop a model for left ventricular ejection fraction estimation from echocardiography videos. "
        "Methods We propose a spatio-temporal network. Results The model achieves an RMSE of 5.2. "
        "Conclusion The model is suited for clinical use.",
    )
    assert "AnatomicalStructure/left-ventricle" in keys(e, "AnatomicalStructure")


def test_the_spinal_canal_is_a_part_of_the_spine(vocabulary):
    e = run(vocabulary, "Lumbar spine MRI segmentation", "We segment vertebrae, intervertebral discs and the spinal canal on lumbar spine MRI.")
    assert "AnatomicalStructure/spinal-canal" in keys(e, "AnatomicalStructure")
    assert "AnatomicalStructure/spine" in vocabulary.ancestors("AnatomicalStructure/spinal-canal")


def test_the_chest_wall_is_a_structure_of_its_own(vocabulary):
    e = run(vocabulary, "Breast MRI tissue segmentation", "We segment the chest wall, skin and fibroglandular tissue on breast MRI.")
    assert "AnatomicalStructure/chest-wall" in keys(e, "AnatomicalStructure")
    assert "AnatomicalStructure/chest" not in keys(e, "AnatomicalStructure")


def test_the_pectoral_muscle_is_a_kind_of_muscle_of_its_own(vocabulary):
    e = run(vocabulary, "Mammography preprocessing", "Our pipeline includes breast segmentation and pectoral muscle removal on mammograms.")
    assert "AnatomicalStructure/pectoral-muscle" in keys(e, "AnatomicalStructure")
    assert "AnatomicalStructure/muscle" not in keys(e, "AnatomicalStructure")
    assert "AnatomicalStructure/muscle" in vocabulary.kinds_above("AnatomicalStructure/pectoral-muscle")


def test_fibroglandular_tissue_is_a_part_of_the_breast_of_its_own(vocabulary):
    e = run(vocabulary, "Breast MRI tissue segmentation", "We segment fibroglandular tissue and adipose tissue in the breast on MRI.")
    found = keys(e, "AnatomicalStructure")
    assert {"AnatomicalStructure/fibroglandular-tissue", "AnatomicalStructure/breast"} <= found
    assert "AnatomicalStructure/breast" in vocabulary.ancestors("AnatomicalStructure/fibroglandular-tissue")


def test_x_ray_ct_is_ct_not_radiography(vocabulary):
    e = run(vocabulary, "Unpaired image denoising in X-ray CT", "We denoise images of the low-dose X-ray CT with a GAN.")
    assert "Modality/x-ray" not in keys(e, "Modality")
    assert keys(e, "Modality") & {"Modality/ct", "Modality/low-dose-ct"}


def test_a_modality_slashed_with_a_narrower_one_is_named_in_its_own_right(vocabulary):
    e = run(vocabulary, "A retinal dataset", "The dataset provides two modalities (OCT/OCTA volumes) from 500 subjects.")
    assert {"Modality/oct", "Modality/octa"} <= keys(e, "Modality")
    e = run(vocabulary, "A retinal dataset", "The dataset provides OCTA volumes and OCT reports from 500 subjects.")
    assert keys(e, "Modality") == {"Modality/octa"}


@pytest.mark.parametrize(
    ("abstract", "expected"),
    [  # an item of a list of modalities is one of its own
        ("The images span several modalities including Ultrasound, X-Ray, Fluoroscopy and MRI.", {"Modality/ultrasound", "Modality/x-ray", "Modality/fluoroscopy", "Modality/mri"}),
        ("The images include Computer Tomography, Fluoroscopy and X-Ray.", {"Modality/ct", "Modality/fluoroscopy", "Modality/x-ray"}),
        # "or" restates it, and the narrower one may write it in its name
        ("Mammography, or breast X-ray, is the main screening examination.", {"Modality/mammography"}),
        ("We pair CT and low-dose CT scans of 300 patients.", {"Modality/low-dose-ct"}),
        # a bare item the narrower one holds only inside a word is one of its own; a modified one is not
        ("We combine MEG, MRI and fMRI to predict brain age.", {"Modality/meg", "Modality/mri", "Modality/fmri"}),
        ("Compared to the normal dose CT (NDCT), LDCT images suffer from noise.", {"Modality/low-dose-ct"}),
        # a field is no item of its own
        ("The model input is OCT/OCTA, 3D volume or 2D projection.", {"Modality/oct", "Modality/octa"}),
        # a group the broader one qualifies, then its members
        ("Vessels are imaged by two angiographic imaging modalities, MR angiography and CT angiography.", {"Modality/mra", "Modality/cta"}),
        ("Vessels are imaged by angiographic modalities such as MRA and CTA.", {"Modality/mra", "Modality/cta"}),
        # but a noun's images before a comma are an item of their own
        ("We collected non-contrast CT volumes, CTA and CTP of 200 stroke patients.", {"Modality/ct", "Modality/cta", "Modality/ct-perfusion"}),
    ],
)
def test_a_broader_modality_listed_beside_a_narrower_one(vocabulary, abstract, expected):
    assert keys(run(vocabulary, "An imaging dataset", abstract), "Modality") == expected


def test_two_modalities_hyphened_are_a_pair_but_a_modality_in_a_name_is_not(vocabulary):
    e = run(vocabulary, "Image translation", "We report MRI-CT translation and CT-MR registration on MIMIC-CXR and CT-RATE.")
    assert keys(e, "Modality") == {"Modality/mri", "Modality/ct"}
    assert keys(e, "Dataset") == {"Dataset/mimic-cxr", "Dataset/ct-rate"}


def test_qlf_is_a_dental_modality_and_a_trial_registration_is_no_image_registration(vocabulary):
    e = run(
        vocabulary,
        "Caries lesion diagnosis in QLF images",
        "We stage caries in quantitative light-induced fluorescence (QLF) images of teeth. "
        "Trial registration The clinical trial was registered in a public registry.",
    )
    assert keys(e, "Modality") == {"Modality/qlf"}
    assert "Task/registration" not in keys(e, "Task")


def test_a_tracer_named_with_a_hybrid_scanner_is_one_examination(vocabulary):
    e = run(
        vocabulary,
        "Lesion segmentation in whole-body PET/CT",
        "We segment lesions in 1,014 [18F]-FDG PET/CT studies acquired at two centres.",
    )
    # counted as PET/CT, as a tracer's PET is counted as PET: readers name the examination, with
    # the tracer's form as an alias
    assert keys(e, "Modality") == {"Modality/pet-ct"}
    assert {"Modality/fdg-pet", "Modality/pet-ct"} <= vocabulary.ancestors("Modality/fdg-pet-ct")
    e = run(vocabulary, "Treatment response after Lu-177 PSMA therapy", "We analysed pretreatment Ga-68 PSMA PET/CT and FDG PET/CT scans.")
    assert keys(e, "Modality") == {"Modality/pet-ct"}


def test_a_pet_tracer_alone_is_counted_as_pet(vocabulary):
    e = run(
        vocabulary,
        "Synthesizing images of tau pathology from cross-modal neuroimaging",
        "Participants with T1-weighted MRI, FDG-PET, amyloid-PET and tau-PET were included; a CNN imputes tau-PET images.",
    )
    assert keys(e, "Modality") == {"Modality/pet", "Modality/mri"}


@pytest.mark.parametrize(
    ("title", "abstract", "expected"),
    [
        ("Malaria detection", "We detect parasites in thick blood smears and in peripheral smear images.", {"Modality/microscopy"}),
        ("White blood cell classification", "Recent works segment white blood cells from microscopic blood images.", {"Modality/microscopy"}),
        ("Coronary artery segmentation", "We segment arteries in ECG-gated non-contrast cardiac CT images.", {"Modality/ct"}),
        ("Aneurysm detection", "The model detects aneurysms on 3D TOF-MRI of 500 patients.", {"Modality/mra"}),
        ("Plaque segmentation", "We segment plaques on magnetic resonance vessel wall images (MRVWI).", {"Modality/vessel-wall-mri"}),
    ],
)
def test_smears_gated_scans_and_vessel_imaging_are_read_as_readers_name_them(vocabulary, title, abstract, expected):
    assert keys(run(vocabulary, title, abstract), "Modality") == expected


@pytest.mark.parametrize(
    ("abstract", "expected"),
    [
        ("We classify whole-slide images (WSIs) of liquid-based cytology specimens as neoplastic or not.", {"Modality/liquid-based-cytology"}),
        ("We classify whole-slide images (WSIs) of cytology specimens as neoplastic or not.", {"Modality/cytology"}),
        ("Tiles are cut from Pap smear test whole slide images for self-supervised pre-training.", {"Modality/pap-smear"}),
        ("We classify whole-slide images (WSIs) of resected tissue as neoplastic or not.", {"Modality/histopathology"}),
    ],
)
def test_whole_slide_images_are_cytology_in_a_paper_on_cytology(vocabulary, abstract, expected):
    # scanned slides are histopathology by default; a paper on cytology scans cell preparations
    assert keys(run(vocabulary, "Slide classification", abstract), "Modality") == expected


def test_a_reporting_system_and_blood_flow_are_no_model_and_no_organ(vocabulary):
    e = run(
        vocabulary,
        "Thyroid cytology classification",
        "We classify thyroid cytology images of Bethesda category IV with a CNN; in the Bethesda system the "
        "category holds adenoma and carcinoma. OCT images suffer from blood flow noise.",
    )
    assert not keys(e, "Model")
    assert "AnatomicalStructure/blood" not in keys(e, "AnatomicalStructure")
    assert "AnatomicalStructure/thyroid" in keys(e, "AnatomicalStructure")


@pytest.mark.parametrize(
    "sentence",
    [
        "Specimens were reported with The Paris System for Reporting Urinary Cytology (TPS), and the tool predicts TPS categories.",
        "Smears were reported with The Bethesda System for Reporting Thyroid Cytopathology (TBSRTC) by two cytopathologists.",
    ],
)
def test_a_cytology_reporting_system_defined_by_its_long_form_is_no_model(vocabulary, sentence):
    e = run(vocabulary, "Cytology assessment", sentence + " A CNN grades the cells of each slide.")
    assert not keys(e, "Model")
    assert "Modality/cytology" in keys(e, "Modality")


def test_the_plural_of_an_examination_in_y_is_the_examination(vocabulary):
    """The matcher strips a trailing s only; "-ies" plurals are labels of their own."""
    e = run(vocabulary, "Polyp detection", "We detect polyps in colonoscopies and in capsule endoscopies.")
    assert keys(e, "Modality") == {"Modality/colonoscopy", "Modality/capsule-endoscopy"}


def test_sleep_staging_reads_polysomnography_and_its_datasets(vocabulary):
    e = run(vocabulary, "Sleep staging", "We classify sleep stages from single-channel EEG of polysomnography recordings in Sleep-EDFx and SHHS.")
    assert "Modality/polysomnography" in keys(e, "Modality")
    assert {"Dataset/sleep-edfx", "Dataset/shhs"} <= keys(e, "Dataset")
    assert ("Dataset/sleep-edfx", "Modality/polysomnography") in links(e, "hasModality")


def test_the_waves_a_photoacoustic_scanner_detects_are_no_ultrasound_imaging(vocabulary):
    found = keys(run(
        vocabulary,
        "Photoacoustic image reconstruction",
        "Optoacoustic imaging detects ultrasound waves generated by laser pulses. We benchmark photoacoustic computed "
        "tomography (PACT) reconstruction.",
    ), "Modality")
    assert found == {"Modality/photoacoustic-imaging"}


def test_ct_pulmonary_angiography_is_its_own_kind_of_ct_angiography(vocabulary):
    e = run(vocabulary, "Pulmonary embolism", "We detect emboli on computed tomography pulmonary angiography (CTPA) scans. A CTPA dataset was collected.")
    assert keys(e, "Modality") == {"Modality/ctpa"}
    assert not keys(e, "Dataset")
    assert {"Modality/cta", "Modality/ct"} <= vocabulary.ancestors("Modality/ctpa")


@pytest.mark.parametrize(
    ("sentence", "concept"),
    [
        ("We demonstrate virtual histology staining of label-free tissue sections.", "Task/virtual-staining"),
        ("A conditional GAN performs H&E-to-IHC translation of breast cancer slides.", "Task/virtual-staining"),
        ("We propose two stain style transfer models for histopathology images.", "Task/stain-normalization"),
        ("Our network reads wide-field auto-fluorescence microscopy images of unlabeled tissue.", "Modality/autofluorescence-microscopy"),
        ("MedCC is proposed for medical image concept detection and caption prediction.", "Task/concept-detection"),
        ("MedCC is proposed for medical image concept detection and caption prediction.", "Task/captioning"),
    ],
)
def test_field_terms_of_pathology_and_imageclef_name_their_concepts(vocabulary, sentence, concept):
    e = run(vocabulary, "A method for medical images", sentence)
    assert concept in {m.key for m in e.mentions}


def test_fundus_autofluorescence_is_not_autofluorescence_microscopy(vocabulary):
    e = run(vocabulary, "Atrophy in the retina", "We segment geographic atrophy in fundus autofluorescence images of 300 eyes.")
    assert keys(e, "Modality") == {"Modality/fundus-autofluorescence"}


def test_quantification_alone_is_no_biomarker_task(vocabulary):
    e = run(vocabulary, "Segmentation of the myocardium", "We evaluate with Dice scores and the quantification of protein distributions.")
    assert "Task/regression" not in {m.key for m in e.mentions}


def test_dense_prediction_and_action_segmentation_are_no_image_segmentation(vocabulary):
    e = run(
        vocabulary,
        "MS-AST: Multi-Scale Action Segmentation Transformer for Surgical Phase Recognition",
        "A network that makes dense predictions is applied to the video. We also study temporal action segmentation.",
    )
    found = keys(e, "Task")
    assert "Task/segmentation" not in found
    assert "Task/surgical-action-recognition" in found


@pytest.mark.parametrize(
    ("title", "task"),
    [("Deep learning automates Cobb angle measurement", "Task/cobb-angle-estimation"), ("Head circumference measurement in fetal ultrasound", "Task/regression")],
)
def test_cobb_angle_and_head_circumference_measurement_are_measurement_tasks(vocabulary, title, task):
    """Both are measurements (Cobb angle estimation a narrower task of its own since ontology 0.3.13)."""
    e = run(vocabulary, title, "Our software measures it on the images.")
    assert task in {m.key for m in e.mentions}
    assert "Task/regression" in vocabulary.ancestors(task) | {task}


def test_ihc_beside_h_and_e_keeps_both_stains(vocabulary):
    found = keys(run(vocabulary, "Virtual IHC staining", "We translate H&E whole slide images into IHC images of the same tissue."), "Modality")
    assert {"Modality/histopathology", "Modality/ihc"} <= found


@pytest.mark.parametrize(
    "abstract",
    [
        "We reconstruct cortical surfaces from T2-weighted brain MRI of neonates.",
        "Lesions are segmented on FLAIR and T1-weighted images; the MRI scans come from three sites.",
    ],
)
def test_a_weighting_of_mri_is_counted_as_mri(vocabulary, abstract):
    extraction = run(vocabulary, "Brain imaging", abstract)
    assert keys(extraction, "Modality") == {"Modality/mri"}


@pytest.mark.parametrize(
    ("abstract", "modality", "alias"),
    [
        ("We stage liver fibrosis on dynamic contrast-enhanced CT examinations.", "Modality/ct", "contrast-enhanced CT"),
        ("Gastric cancer is screened for on non-contrast CT scans.", "Modality/ct", "non-contrast CT"),
        ("Tumours are segmented in breast DCE-MRI of 300 women.", "Modality/mri", "DCE-MRI"),
        ("Metastases are outlined on T1ce images.", "Modality/mri", "T1ce"),
        ("Neoplasia in Barrett's esophagus is hard to see with white-light and virtual chromoendoscopy.", "Modality/endoscopy", "virtual chromoendoscopy"),
    ],
)
def test_a_contrast_state_of_a_modality_is_counted_as_that_modality(vocabulary, abstract, modality, alias):
    """A contrast state is one kind of CT, MRI or endoscopy examination, as a weighting is (kg:countedAs,
    followed to the end: DCE-MRI is contrast-enhanced MRI, which is MRI); the form written stays an alias."""
    extraction = run(vocabulary, "Imaging study", abstract)
    assert keys(extraction, "Modality") == {modality}
    assert (modality, alias) in {(m.key, m.text) for m in extraction.mentions}


def test_photographs_of_the_skin_are_clinical_photography_of_the_skin(vocabulary):
    """Readers name a paper on skin photographs as clinical photography (kg:countedAs), as knee MRI is
    MRI; the organ stays the paper's target and the form written an alias."""
    extraction = run(vocabulary, "Skin disease classification", "We classify clinical images of skin conditions from 17,000 patients.")
    assert keys(extraction, "Modality") == {"Modality/clinical-photography"}
    assert "AnatomicalStructure/skin" in keys(extraction, "AnatomicalStructure")
    assert ("Modality/clinical-photography", "clinical images of skin") in {(m.key, m.text) for m in extraction.mentions}


@pytest.mark.parametrize(
    "abstract",
    [
        "We learn CT-to-CBCT deformable registration for adaptive radiotherapy.",
        "Accurate CBCT-to-CT synthesis closes the quality gap.",
        "We present a method for synthetic computed tomography (sCT) generation from cone beam CT (CBCT) of young patients.",
    ],
)
def test_both_modalities_of_a_to_pair_are_named(vocabulary, abstract):
    """'CT-to-CBCT', 'CT generation from CBCT': images of each modality are in play, the broader one as
    much as the narrower."""
    assert keys(run(vocabulary, "Adaptive radiotherapy", abstract), "Modality") == {"Modality/ct", "Modality/cbct"}


def test_a_modality_made_from_either_of_two_sources_is_named_beside_them(vocabulary):
    """'synthetic CT from MRI or CBCT': CT is what is made, from images of either source; CBCT is the
    second source, not the same CT."""
    e = run(vocabulary, "Adaptive radiotherapy", "Generating synthetic CT (sCT) from MRI or CBCT plays a crucial role in adaptive radiotherapy.")
    assert keys(e, "Modality") == {"Modality/ct", "Modality/cbct", "Modality/mri"}


def test_a_broader_modality_as_an_adjective_before_from_is_the_narrower_ones(vocabulary):
    e = run(vocabulary, "Learning endoscopic scene understanding from colonoscopy with PolypNet", "We train PolypNet on 80 patients.")
    assert keys(e, "Modality") == {"Modality/colonoscopy"}


def test_tractography_is_diffusion_mri_not_only_its_tensor_model(vocabulary):
    e = run(vocabulary, "White matter tract segmentation", "We parcellate diffusion MRI tractography of 100 subjects, whatever the fiber tracking method.")
    assert keys(e, "Modality") == {"Modality/diffusion-mri"}
    assert "Task/tracking" not in keys(e, "Task")


def test_named_nuclear_and_angiographic_examinations_are_their_modality(vocabulary):
    found = keys(run(vocabulary, "Parkinson's disease", "We use MRI and/or DaT Scan data, and computed tomography coronary angiography (CTCA)."), "Modality")
    assert {"Modality/spect", "Modality/ccta", "Modality/mri"} <= found  # a DaT scan is SPECT with one tracer
    assert "Modality/ct" not in found


def test_a_spect_tracer_is_counted_as_spect_and_spelled_out_spect_is_no_ct(vocabulary):
    e = run(
        vocabulary,
        "DaTscan SPECT Image Classification for Parkinson's Disease",
        "An Iodine-123 tracer is combined with single photon emission computerized tomography (SPECT) imaging.",
    )
    assert keys(e, "Modality") == {"Modality/spect"}


@pytest.mark.parametrize(
    ("abstract", "modality", "not_also"),
    [
        ("We segment plaque in intravascular optical coherence tomography (IVOCT) pullbacks.", "Modality/ivoct", "Modality/oct"),
        ("Magnetic Resonance Elastography (MRE) maps the stiffness of the brain.", "Modality/mr-elastography", "Modality/elastography"),
        ("Electrical noise degrades multispectral optoacoustic tomography (MSOT) images.", "Modality/photoacoustic-imaging", "Modality/multispectral-imaging"),
        ("We reconstruct confocal stacks from single light field images of the mouse brain.", "Modality/light-field-microscopy", None),
        ("We obtain images by single-molecule localization microscopy (SMLM) of blinking emitters.", "Modality/super-resolution-microscopy", None),
        ("Abnormal cerebral blood flow velocity is detected with transcranial Doppler ultrasound.", "Modality/transcranial-doppler", "Modality/ultrasound"),
        ("A network reconstructs conductivity from electrical impedance tomography (EIT) voltages.", "Modality/eit", "Modality/ct"),
        ("Confocal microwave imaging detects haemorrhagic stroke.", "Modality/microwave-imaging", "Modality/confocal-microscopy"),
        ("We denoise grating-based phase-contrast computed tomography of a breast specimen.", "Modality/x-ray-phase-contrast", "Modality/ct"),
        ("Self-absorption correction for X-ray fluorescence computed tomography of gold nanoparticles.", "Modality/xfct", "Modality/x-ray"),
    ],
)
def test_intravascular_elastographic_optoacoustic_and_light_field_imaging_are_modalities_of_their_own(vocabulary, abstract, modality, not_also):
    """IVOCT is catheter OCT of vessels, not retinal OCT; MRE is no ultrasound elastography; MSOT is photoacoustic."""
    found = keys(run(vocabulary, "Imaging study", abstract), "Modality")
    assert modality in found
    assert not_also not in found


@pytest.mark.parametrize(
    ("abstract", "modality", "also"),
    [
        ("We classify vocal fold images from flexible laryngoscopy videos.", "Modality/laryngoscopy", "AnatomicalStructure/larynx"),
        ("Stone types are recognised in ureteroscopic images during the procedure.", "Modality/ureteroscopy", None),
        ("Polyps of the uterine cavity are detected in hysteroscopy videos.", "Modality/hysteroscopy", "AnatomicalStructure/uterus"),
        ("Active neurons are segmented in two-photon calcium imaging movies of mouse cortex.", "Modality/calcium-imaging", None),
        ("Spiking neurons are found in voltage imaging recordings at 1 kHz.", "Modality/voltage-imaging", None),
        ("Whole cleared mouse brains are imaged by light-sheet fluorescence microscopy (LSFM).", "Modality/light-sheet-microscopy", None),
    ],
)
def test_endoscopies_of_other_organs_and_neuroscience_microscopies_are_modalities_of_their_own(vocabulary, abstract, modality, also):
    """Larynx, ureter and uterus have endoscopies of their own; calcium, voltage, two-photon and light-sheet
    imaging are kinds of fluorescence microscopy."""
    extraction = run(vocabulary, "Imaging study", abstract)
    found = keys(extraction, "Modality") | keys(extraction, "AnatomicalStructure")
    assert modality in found
    assert also is None or also in found
    assert "Modality/endoscopy" not in found and "Modality/fluorescence-microscopy" not in found


@pytest.mark.parametrize(
    ("abstract", "modality"),
    [
        ("Blood pressure is estimated from photoplethysmography (PPG) signals of a smartwatch.", "Modality/ppg"),
        ("Heart rate is read from rPPG signals in facial video.", "Modality/rppg"),
        ("Murmurs are classified in phonocardiogram recordings from digital stethoscopes.", "Modality/pcg"),
        ("Cardiologists judged whether synthetic myocardial perfusion images were real.", "Modality/spect"),  # counted as SPECT
    ],
)
def test_pulse_and_heart_sound_signals_are_modalities(vocabulary, abstract, modality):
    """PPG (and its camera-based kind) and heart sounds are signal modalities as ECG is, never a name."""
    extraction = run(vocabulary, "Wearable and bedside signals", abstract)
    assert modality in keys(extraction, "Modality")
    assert not open_names(extraction)


def test_image_codecs_are_no_models_and_no_datasets(vocabulary):
    extraction = run(
        vocabulary,
        "Compressing whole-slide images",
        "Today, WSIs are compressed with codecs like JPEG. Deep learning compression was compared with JPEG, JPEG-2000 and JPEG-XL. "
        "We evaluate on the CAMELYON16 dataset.",
    )
    assert keys(extraction, "Dataset") == {"Dataset/camelyon16"}
    assert keys(extraction, "Model") == set()


def test_multispectral_mri_is_mri_of_several_sequences_not_optical_multispectral_imaging(vocabulary):
    """In MRI, "multispectral" means several sequences read together (multiparametric MRI); the word
    alone stays the optical modality of a few spectral bands."""
    e = run(vocabulary, "Ischemic stroke lesion segmentation from multispectral MRI", "We segment lesions in MRI volumes.")
    assert keys(e, "Modality") == {"Modality/mpmri"}
    assert keys(run(vocabulary, "Wound imaging", "We classify multispectral images of burns."), "Modality") == {"Modality/multispectral-imaging"}


@pytest.mark.parametrize(
    ("abstract", "modality"),
    [
        ("We quantify metabolites from magnetic resonance spectra acquired with MEGA-PRESS.", "Modality/mrs"),
        ("A network denoises chemical exchange saturation transfer (CEST) images of the brain.", "Modality/cest"),
        ("DeepQSM solves the dipole inversion of quantitative susceptibility mapping (QSM).", "Modality/qsm"),
        ("A variational network reconstructs undersampled 4D flow MRI of the aorta.", "Modality/flow-mri"),
        ("Wall shear stress is estimated from phase-contrast MRI velocity fields.", "Modality/flow-mri"),
    ],
)
def test_quantitative_and_molecular_mri_techniques_are_kinds_of_mri(vocabulary, abstract, modality):
    """MR spectroscopy, CEST, susceptibility mapping and flow (phase-contrast) MRI are MRI techniques of
    their own, not plain MRI nor a model's name, and not susceptibility-weighted imaging."""
    found = keys(run(vocabulary, "MRI physics with deep learning", abstract), "Modality")
    assert modality in found and "Modality/swi" not in found
    assert "Modality/mri" in vocabulary.ancestors(modality)


@pytest.mark.parametrize(
    ("abstract", "modality"),
    [
        ("We classify lung tumours on radial probe endobronchial ultrasound (RP-EBUS) videos.", "Modality/ebus"),
        ("Androgenetic alopecia is detected on trichoscopic images of the scalp.", "Modality/dermoscopy"),
    ],
)
def test_an_ultrasound_through_a_bronchoscope_and_a_dermoscopy_of_the_scalp_are_named_as_such(vocabulary, abstract, modality):
    assert modality in keys(run(vocabulary, "Deep learning study", abstract), "Modality")


@pytest.mark.parametrize("phrase", ["ultrawide-field fundus images", "ultra-wide-field fundus images", "ultra-widefield fundus ophthalmoscopy"])
def test_ultra_widefield_imaging_is_read_in_its_spellings(vocabulary, phrase):
    e = run(vocabulary, "Retinal vein occlusion", f"We detect central retinal vein occlusion in {phrase}.")
    assert keys(e, "Modality") == {"Modality/uwf-imaging"}


def test_fetal_echocardiography_is_echocardiography_of_the_fetus(vocabulary):
    e = run(vocabulary, "Four-chamber view segmentation", "We segment the four-chamber view in fetal echocardiography for congenital heart disease.")
    assert keys(e, "Modality") == {"Modality/fetal-echocardiography"}
    assert {"Modality/echocardiography", "Modality/fetal-ultrasound"} <= vocabulary.ancestors("Modality/fetal-echocardiography")


def test_forensic_imaging_reads_post_mortem_ct_and_its_tasks(vocabulary):
    """Forensic radiology images the dead on post-mortem CT, estimates sex and age from bones and
    teeth, and identifies people from their radiographs: each its own modality or task."""
    e = run(vocabulary, "Forensic sex estimation from post-mortem computed tomography", "Personal identification from dental panorama images is studied too.")
    assert {"Modality/post-mortem-ct", "Modality/panoramic-radiography"} == keys(e, "Modality")
    assert {"Task/sex-estimation", "Task/person-identification"} <= keys(e, "Task")
    assert "Modality/ct" in vocabulary.ancestors("Modality/post-mortem-ct")


def test_well_known_detectors_and_backbones_are_known_models(vocabulary):
    e = run(vocabulary, "Teeth detection", "The detection network was modified from EfficientDet. Wide ResNet (WRN) and Res2Net were used for classification.")
    assert {"Model/efficientdet", "Model/wide-resnet", "Model/res2net"} <= keys(e, "Model")
    assert "Model/resnet" not in keys(e, "Model")  # "Wide ResNet" is one name


def test_the_instruction_tuned_vision_variants_of_llama_3_2_are_llama_3_2(vocabulary):
    """As its vision variants are: readers name the family's release, whatever the size or tuning."""
    e = run(vocabulary, "Medical VQA", "Building on the LLaMA 3.2 Vision-Instruct model, we fine-tune; Llama-3.2-11B-Vision-Instruct is compared.")
    assert keys(e, "Model") == {"Model/llama-3-2"}


def test_unrolled_reconstruction_networks_are_known_models(vocabulary):
    e = run(vocabulary, "Accelerated MRI reconstruction", "We compare with ISTA-Net, ADMM-Net, KIKI-net, DuDoRNet, SwinMR and the Learned Primal-Dual network.")
    assert keys(e, "Model") == {"Model/ista-net", "Model/admm-net", "Model/kiki-net", "Model/dudornet", "Model/swinmr", "Model/learned-primal-dual"}


def test_polarization_sensitive_oct_is_a_modality_of_its_own(vocabulary):
    e = run(vocabulary, "Vessel wall layers", "Intravascular polarization-sensitive optical coherence tomography (PS-OCT) measures the polarization state of the scattered light.")
    assert keys(e, "Modality") == {"Modality/ps-oct"}


@pytest.mark.parametrize(
    ("abstract", "modality"),
    [
        ("We denoise low-dose SPECT-MPI studies with a convolutional network.", "Modality/spect"),
        ("Myocardial perfusion imaging with 82Rb PET predicts cardiovascular events.", "Modality/pet"),
    ],
)
def test_myocardial_perfusion_imaging_is_counted_as_the_examination_that_made_it(vocabulary, abstract, modality):
    """Readers name SPECT for a SPECT perfusion study, PET for a PET one, the perfusion study as an alias."""
    e = run(vocabulary, "Myocardial perfusion", abstract)
    assert keys(e, "Modality") == {modality}
    assert not keys(e, "Dataset")


@pytest.mark.parametrize(
    ("title", "modality"),
    [("Intra-oral scan segmentation using deep learning", "Modality/intraoral-scan"), ("Periodontal bone loss on panoramic dental radiographs", "Modality/panoramic-radiography")],
)
def test_dental_modalities_are_read_in_their_spellings(vocabulary, title, modality):
    assert keys(run(vocabulary, title, ""), "Modality") == {modality}


def test_gi_cardiac_and_neck_imaging_terms_are_read(vocabulary):
    """CT colonography is its own CT examination; LGE and tagged MRI are cardiac MRI; the parathyroid
    glands are organs of their own; 'TR4' (a TI-RADS category), 'ACR' and 'FCNN' name nothing."""
    colon = run(vocabulary, "Deep learning in CT colonography", "Polyps were differentiated on CT colonography.")
    assert keys(colon, "Modality") == {"Modality/ct-colonography"}
    heart = run(vocabulary, "Automated Scar Segmentation from CMR-LGE Images", "A fully convolutional neural network (FCNN) segments scar in LGE images and strain is estimated from tagged MRI.")
    assert keys(heart, "Modality") == {"Modality/mri"} and not keys(heart, "Dataset") and not keys(heart, "Model")
    neck = run(vocabulary, "Hyper-functioning parathyroid glands on ultrasound", "Following the ACR TI-RADS, TR4 and TR5 nodules were biopsied.")
    assert "AnatomicalStructure/parathyroid-gland" in keys(neck, "AnatomicalStructure")
    assert not keys(neck, "Dataset") and not keys(neck, "Model")


def test_a_spaced_swin_u_net_is_swin_unet(vocabulary):
    e = run(vocabulary, "Consistency learning between 2D Swin U-Net and 3D U-Net for intestine segmentation", "")
    assert "Model/swin-unet" in keys(e, "Model") and "Model/swin-transformer" not in keys(e, "Model")
    assert "AnatomicalStructure/gi-tract" in keys(e, "AnatomicalStructure")


@pytest.mark.parametrize(
    ("abstract", "modality"),
    [
        ("Epileptic foci are localized from interictal intracranial EEG (iEEG).", "Modality/ieeg"),
        ("Lymphocytes are classified in Hoechst staining images.", "Modality/fluorescence-microscopy"),
        ("Ki-67 immunostainings were scored by a network.", "Modality/ihc"),
    ],
)
def test_intracranial_eeg_and_nuclear_and_immune_stains_are_modalities(vocabulary, abstract, modality):
    e = run(vocabulary, "Imaging study", abstract)
    assert modality in keys(e, "Modality")
    assert not keys(e, "Model") and not keys(e, "Dataset")


@pytest.mark.parametrize("phrase", ["according to histopathology", "confirmed by pathology", "verified by histopathological analysis"])
def test_a_pathology_reference_standard_is_no_modality_of_the_paper(vocabulary, phrase):
    """Polyps on CT colonography 'classified as premalignant or benign according to histopathology':
    the labels' source, not what the model reads."""
    e = run(vocabulary, "Polyp classification on CT colonography", f"Polyps were classified as premalignant or benign {phrase}.")
    assert keys(e, "Modality") == {"Modality/ct-colonography"}


def test_cerebrovascular_and_bone_density_terms_are_read(vocabulary):
    """3D rotational angiography is an X-ray angiography of its own; the middle cerebral artery is a
    cerebral vessel; estimating bone mineral density or a T-score is biomarker estimation."""
    e = run(vocabulary, "Cerebral aneurysms in X-ray rotational angiography", "Acute MCA occlusion is detected on non-contrast head CT.")
    assert {"Modality/rotational-angiography", "Modality/ct"} <= keys(e, "Modality")
    assert "AnatomicalStructure/middle-cerebral-artery" in keys(e, "AnatomicalStructure")
    bone = run(vocabulary, "Lumbar Bone Mineral Density Estimation from Chest X-ray Images", "The model also performs T-score prediction.")
    assert "Task/regression" in keys(bone, "Task")


def test_time_lapse_microscopy_growth_and_skin_tone_terms_are_read(vocabulary):
    """Cell tracking reads time-lapse microscopy; predicting a nodule's growth is disease progression;
    telling Fitzpatrick skin types is a task of its own, and FST no name."""
    cells = run(vocabulary, "Efficient cell tracking", "Organoids are tracked in time-lapse microscopy and video microscopy.")
    assert keys(cells, "Modality") == {"Modality/time-lapse-microscopy"}
    nodules = run(vocabulary, "Growth Trend Prediction of Lung Nodules on CT Scans", "")
    assert "Task/disease-progression" in keys(nodules, "Task")
    skin = run(vocabulary, "Skin tone annotation", "Fitzpatrick skin type (FST) classification is compared between experts and an algorithm.")
    assert "Task/skin-tone-estimation" in keys(skin, "Task") and not keys(skin, "Model")


def test_the_public_breast_thermography_database_is_a_known_dataset(vocabulary):
    e = run(vocabulary, "Breast thermography", "Thermograms were taken from the Database for Mastology Research with Infrared image to train VGG 16.")
    assert "Dataset/dmr-ir" in keys(e, "Dataset")
    assert ("Model/vgg-16", "Dataset/dmr-ir") in {(l.subject, l.object) for l in e.links if l.relation in ("trainedOn", "evaluatedOn")}


def test_one_modality_written_twice_side_by_side_is_one_phrase(vocabulary):
    """'late gadolinium enhancement magnetic resonance images': a sequence counted as MRI, then MRI,
    is one mention whose surface (an alias of the MRI node) is the whole phrase a reader writes."""
    e = run(vocabulary, "Left atrial scar", "We segment scar on late gadolinium enhancement magnetic resonance images and on LGE MR scans.")
    surfaces = {m.text for m in e.mentions if m.key == "Modality/mri"}
    assert surfaces == {"late gadolinium enhancement magnetic resonance images", "LGE MR scans"}


def test_bitewing_and_periapical_radiographs_are_kinds_of_intraoral_radiography(vocabulary):
    e = run(vocabulary, "Caries on dental bite-wing radiographs", "We read bitewings and periapical radiographs.")
    assert keys(e, "Modality") == {"Modality/bitewing-radiography", "Modality/periapical-radiography"}
    assert "Modality/intraoral-radiography" in vocabulary.ancestors("Modality/bitewing-radiography")


def test_polarised_and_microscopic_hyperspectral_imaging_are_hyperspectral_imaging(vocabulary):
    e = run(vocabulary, "Carcinoma on pathologic slides using polarized hyperspectral imaging", "A hyperspectral microscopic imaging (HMI) system scanned the slides.")
    found = [m for m in e.mentions if m.key == "Modality/hyperspectral-imaging"]
    assert {m.text for m in found} >= {"polarized hyperspectral imaging", "hyperspectral microscopic imaging"}


def test_upper_case_weighting_abbreviations_are_mri_weightings_not_datasets(vocabulary):
    e = run(vocabulary, "Liver cirrhosis staging from MRI", "The model reached 72.8% accuracy on T1W and 63.8% on T2W sequences.")
    assert not keys(e, "Dataset")
    assert keys(e, "Modality") == {"Modality/mri"}


def test_x_ray_physics_modalities_are_named_by_their_acquisition(vocabulary):
    """Spectral CT by its long name and by the kV-switching scanners that acquire it, phase-contrast
    tomography, and nano-CT (a CT, not a name) are the modalities of X-ray physics papers."""
    found = lambda title, abstract: keys(run(vocabulary, title, abstract), "Modality")  # noqa: E731
    assert found("Virtual monochromatic imaging in spectral computed tomography", "We decompose materials.") == {"Modality/dual-energy-ct"}
    assert found("Image quality of deep-learning reconstruction on a rapid kV-switching CT", "A phantom study.") == {"Modality/dual-energy-ct"}
    assert found("Olfactory bulb segmentation in X-ray phase-contrast tomography", "We train a U-Net.") == {"Modality/x-ray-phase-contrast"}
    e = run(vocabulary, "Overcoming Zernike phase-contrast nanoCT artifacts in bone", "We segment pores in nanoCT volumes.")
    assert "Modality/nano-ct" in keys(e, "Modality")
    assert not keys(e, "Model")


def test_a_ct_reconstruction_kernel_is_a_setting_and_converting_it_a_task(vocabulary):
    """'Reconstruction kernels' are a CT setting, not image reconstruction; converting images between
    kernels is kernel conversion, a kind of harmonization."""
    e = run(
        vocabulary,
        "CT image conversion among different reconstruction kernels",
        "Chest CT scans were reconstructed with the B10f and B70f kernels. CNN-based CT kernel conversion shows adequate performance.",
    )
    assert keys(e, "Task") == {"Task/kernel-conversion"}
    assert "Task/harmonization" in vocabulary.ancestors("Task/kernel-conversion")


def test_mr_thermometry_monitors_focused_ultrasound_therapy(vocabulary):
    """Focused ultrasound is a therapy, not an image; MR thermometry is the quantitative MRI that watches it."""
    e = run(vocabulary, "Accelerated proton resonance frequency-based magnetic resonance thermometry", "PRF-based MR thermometry is essential for focused ultrasound (FUS) thermal ablation.")
    assert keys(e, "Modality") == {"Modality/mr-thermometry"}
    assert "Modality/mri" in vocabulary.ancestors("Modality/mr-thermometry")


def test_a_bare_family_beside_its_one_variant_is_that_variant(vocabulary):
    """In a 3D U-Net paper 'the U-Net' is the 3D U-Net: what the sentence says of it is said of the
    variant, and 'U-Net' is no alias of the 3D one."""
    e = run(vocabulary, "Airway segmentation in CT", "We train a 3D U-Net. The U-Net achieved a Dice of 0.9 on QuuxAirway09.")
    models = {l.object for l in e.links if l.subject == PAPER and l.object.startswith("Model/")}
    assert models == {"Model/u-net-3d"}
    assert ("Model/u-net-3d", "evaluatedOn") in {(l.subject, l.relation) for l in e.links if l.object.startswith("Dataset/")}
    assert ("Model/u-net-3d", "U-Net") not in e.compact().surfaces


def test_a_family_written_as_a_numbered_member_stays_beside_another(vocabulary):
    """'2D U-Net' beside '3D U-Net', 'LLaMA-1' beside 'LLaMA 3': the family's own numbered member is a
    model of its own."""
    models = lambda abstract: {l.object for l in run(vocabulary, "A study", abstract).links if l.subject == PAPER and l.object.startswith("Model/")}  # noqa: E731
    assert models("We compare a 3D U-Net with a slice-based 2D U-Net on ultrasound volumes.") == {"Model/u-net-3d", "Model/u-net"}


def test_3d_images_are_a_form_and_the_modality_that_made_them_is_named_alone(vocabulary):
    """'3D volumes' says what form the images have; a paper that names the microscope or the scanner is
    linked to that modality alone, and one that names nothing else keeps 3D medical imaging."""
    found = lambda title, abstract: keys(run(vocabulary, title, abstract), "Modality")  # noqa: E731
    assert found("Star-convex polyhedra for 3D object detection", "We segment nuclei in 3D volumes from fluorescence microscopy.") == {"Modality/fluorescence-microscopy"}
    assert found("Neural architecture search for 3D medical image segmentation", "We search networks for volumetric segmentation.") == {"Modality/volumetric-imaging"}
    # "2D and 3D medical images" are the dimensions a method works in, no kind of imaging
    assert found("Training tricks for medical image segmentation", "We evaluate the tricks on 2D and 3D medical image datasets.") == set()


def test_videos_are_a_form_named_where_the_paper_names_no_other_modality(vocabulary):
    """A paper on gait or sperm videos reads videos and names nothing else that made them; a paper on
    colonoscopy videos reads colonoscopy."""
    found = lambda title, abstract: keys(run(vocabulary, title, abstract), "Modality")  # noqa: E731
    assert found("Gait scores for Parkinson's disease", "We estimate gait scores from videos of 40 patients.") == {"Modality/medical-video"}
    assert found("Polyp detection", "We detect polyps in colonoscopy videos of 40 patients.") == {"Modality/colonoscopy"}


def test_a_histologic_grade_is_what_is_predicted_not_an_image(vocabulary):
    """A CT radiomics paper that predicts a tumour's histologic grade reads no histology; histologic
    sections are the slides themselves."""
    e = run(vocabulary, "Radiomics to predict histologic grade in pancreatic neuroendocrine tumors", "We predict the histology grade from contrast-enhanced CT.")
    assert keys(e, "Modality") == {"Modality/ct"}
    e = run(vocabulary, "Scoring rodent cardiomyopathy", "A U-Net segmented lesions in rat heart histologic sections.")
    assert keys(e, "Modality") == {"Modality/histopathology"}


def test_handheld_vital_microscopy_films_the_microcirculation(vocabulary):
    e = run(vocabulary, "Quantifying capillary density in handheld vital microscopy", "Sidestream dark field imaging records sublingual microcirculation videos.")
    assert keys(e, "Modality") == {"Modality/handheld-vital-microscopy"}
    assert "Modality/microscopy" in vocabulary.ancestors("Modality/handheld-vital-microscopy")


def test_lymphatic_imaging_names_its_own_modalities(vocabulary):
    """Lymphoscintigraphy, ICG lymphography and MR lymphangiography image the lymphatic vessels; the
    MR one is an MRI, so bare MRI is not linked beside it."""
    e = run(
        vocabulary,
        "Dynamic contrast-enhanced magnetic resonance lymphangiography",
        "Lymphatic flow disorders are imaged with lymphoscintigraphy and indocyanine green (ICG) lymphography.",
    )
    assert keys(e, "Modality") == {"Modality/mr-lymphography", "Modality/lymphoscintigraphy", "Modality/icg-lymphography"}
    assert keys(e, "AnatomicalStructure") == {"AnatomicalStructure/lymphatic-system"}
    assert "Modality/mri" in vocabulary.ancestors("Modality/mr-lymphography")


def test_an_ocular_b_scan_is_ultrasound_and_an_oct_b_scan_is_oct(vocabulary):
    e = run(vocabulary, "Categorization of ocular B-scan ultrasound", "We classify retinal detachment on B-scan ultrasound images.")
    assert keys(e, "Modality") == {"Modality/ocular-ultrasound"}
    e = run(vocabulary, "Retinal layer segmentation", "We segment layers on OCT B-scans of the macula.")
    assert keys(e, "Modality") == {"Modality/oct"}


def test_vessel_wall_segmentation_targets_the_wall_on_black_blood_mri(vocabulary):
    e = run(vocabulary, "Carotid artery vessel wall segmentation in black-blood MRI", "A CNN segments the arterial wall around the lumen.")
    assert keys(e, "Modality") == {"Modality/vessel-wall-mri"}
    assert "AnatomicalStructure/vessel-wall" in keys(e, "AnatomicalStructure")
    assert "AnatomicalStructure/vasculature" in vocabulary.ancestors("AnatomicalStructure/vessel-wall")


def test_localization_accuracy_measures_a_method_and_names_no_task(vocabulary):
    """'Higher localization accuracy' and 'a localization subnet' describe a detector or a network's
    part; a paper that localizes says so ('seed localization')."""
    e = run(vocabulary, "Lymph node detection in CT", "The decoder selects queries of higher localization accuracy. A localization subnet crops parts.")
    assert "Task/localization" not in keys(e, "Task")
    e = run(vocabulary, "Seed localization in prostate brachytherapy", "We localize implanted seeds in CT images.")
    assert "Task/localization" in keys(e, "Task")


def test_localizing_as_a_step_of_a_method_names_no_task(vocabulary):
    """'CAMs localize objects', 'a detector first localizes the optic disc': what a step of the
    method does on the way to the paper's task; localization as a noun names the task."""
    e = run(
        vocabulary,
        "Optic disc and cup segmentation in fundus photographs",
        "A detector first localizes the optic disc. Class activation maps localise the lesions, and a U-Net segments the cup.",
    )
    assert "Task/localization" not in keys(e, "Task")
    e = run(vocabulary, "Fundus analysis", "We address optic disc localization in fundus photographs.")
    assert "Task/localization" in keys(e, "Task")


def test_special_stains_are_histopathology_and_tubules_a_part_of_the_testis(vocabulary):
    e = run(vocabulary, "Spermatogenic staging in PAS-stained testes", "We segment the epithelium of seminiferous tubules in periodic acid-Schiff sections.")
    assert keys(e, "Modality") == {"Modality/histopathology"}
    assert "AnatomicalStructure/seminiferous-tubules" in keys(e, "AnatomicalStructure")
    assert "AnatomicalStructure/testis" in vocabulary.ancestors("AnatomicalStructure/seminiferous-tubules")


def test_probe_movement_guidance_is_guided_ultrasound_scanning(vocabulary):
    e = run(vocabulary, "Automatic probe movement guidance for freehand obstetric ultrasound", "The system tells a sonographer how to move the probe.")
    assert "Task/robotic-ultrasound-scanning" in keys(e, "Task")


def test_mammographic_positioning_quality_is_quality_assessment_and_the_nipple_a_landmark(vocabulary):
    e = run(vocabulary, "Mammographic breast positioning assessment via deep learning", "We detect the nipple and the pectoral muscle and draw the posterior nipple line.")
    assert "Task/quality-assessment" in keys(e, "Task")
    assert {"AnatomicalStructure/nipple", "AnatomicalStructure/pectoral-muscle"} <= keys(e, "AnatomicalStructure")


def test_signal_and_optical_modalities_beyond_ecg_and_eeg(vocabulary):
    e = run(vocabulary, "Decoding movement", "We recorded magnetoencephalography (MEG) and surface electromyography with an RGB-D camera.")
    assert {"Modality/meg", "Modality/emg", "Modality/depth-camera"} <= keys(e, "Modality")
    e = run(vocabulary, "Dense breasts", "Molecular breast imaging and diffuse optical tomography supplement mammography.")
    assert {"Modality/molecular-breast-imaging", "Modality/diffuse-optical-tomography"} <= keys(e, "Modality")


def test_scatter_correction_and_gaze_prediction_are_tasks(vocabulary):
    e = run(vocabulary, "Deep scatter correction for cone-beam CT", "A U-Net performs scatter estimation on CBCT projections.")
    assert "Task/scatter-correction" in keys(e, "Task")
    e = run(vocabulary, "Radiologist gaze prediction on chest X-rays", "We predict where radiologists look from eye-tracking data.")
    assert "Task/gaze-prediction" in keys(e, "Task")


def test_a_methods_heading_begins_the_own_work_before_a_late_we(vocabulary):
    """'Methods: A deep residual UNet was developed for ... segmentation ...': a structured abstract
    turns to its own work at its methods section, though its first "we" comes in the conclusions;
    the segmentation is the paper's, not background to it."""
    e = run(
        vocabulary,
        "Pneumothorax quantification in routine chest CT",
        "Background: Pneumothorax is common and may impact clinical decision-making. Methods: A deep residual UNet "
        "was developed for the segmentation of pneumothorax on chest CT. Results: The Dice similarity coefficient was "
        "0.94. Conclusions: We proposed a deep learning method for the detection of pneumothorax.",
    )
    assert {"Task/segmentation", "Task/detection"} <= keys(e, "Task")
