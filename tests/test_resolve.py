"""Entity resolution across papers: one node per real thing, variants kept apart."""

import pytest

from kg.corpus import Paper
from kg.extract import extract
from kg.graph import assemble
from kg.resolve import resolve
from kg.vocabulary import load_vocabulary


@pytest.fixture(scope="module")
def graph():
    papers = [
        Paper("a", "Brain tumour segmentation", "We segment gliomas on magnetic resonance imaging (MRI) with a new network and report strong gains on every site."),
        Paper("b", "Knee imaging", "MR images of the knee are analysed by our method, and we release the code for all to use freely."),
        Paper("c", "SAM-Med9Z: adapting SAM", "We introduce SAM-Med9Z and compare it with MedSAM and the Segment Anything Model (SAM) on CT scans of the abdomen."),
        Paper("d", "Stroke data", "We evaluate models on ISLES 2022 and on ISLES 2024, and compare GPT-4 with GPT-4V on the reports of each case."),
        Paper("e", "ChestX-ray8 and ChestX-ray14", "Models trained on ChestX-ray8 are evaluated on ChestX-ray14 and on sam-med9z outputs in this study."),
        Paper("f", "Tool paper", "We evaluate SAM-Med9Z and Sam Med9Z against each other on knee MRI scans in a small study of ours."),
        Paper("g", "Mitosis data", "We merge MIDOG 2021 and MIDOG 2022 into a larger set, and compare it with MIDOG++ on tumour slides."),
    ]
    return graph_of(papers)


def graph_of(papers):
    vocabulary = load_vocabulary()
    extractions = [extract(p, vocabulary).compact() for p in papers]
    return assemble(zip(papers, extractions), resolve(extractions, vocabulary))


def nodes_labelled(graph, *labels):
    wanted = {l.lower() for l in labels}
    return {n for n, d in graph.nodes(data=True) if d["type"] != "Paper" and ({d["label"].lower()} | {a.lower() for a in d["aliases"]}) & wanted}


def papers_naming(graph, node):
    return {u for u, _ in graph.in_edges(node) if graph.nodes[u]["type"] == "Paper"}


def test_long_form_abbreviation_and_variants_are_one_node(graph):
    assert len(nodes_labelled(graph, "MRI", "MR images", "magnetic resonance imaging")) == 1


def test_a_model_named_in_several_papers_is_one_node(graph):
    (node,) = nodes_labelled(graph, "SAM-Med9Z")
    assert papers_naming(graph, node) == {"paper/c", "paper/f"}
    assert "Sam Med9Z" in graph.nodes[node]["aliases"]


@pytest.mark.parametrize(
    "first,second",
    [("SAM", "SAM-Med9Z"), ("SAM", "MedSAM"), ("ISLES 2022", "ISLES 2024"), ("ChestX-ray8", "ChestX-ray14"), ("GPT-4", "GPT-4V"), ("MIDOG 2021", "MIDOG 2022"), ("MIDOG 2022", "MIDOG++")],
)
def test_versions_and_variants_stay_apart(graph, first, second):
    a, b = nodes_labelled(graph, first), nodes_labelled(graph, second)
    assert a and b and not (a & b), (first, second, a, b)


def test_every_surface_form_is_kept_as_an_alias(graph):
    (node,) = nodes_labelled(graph, "SAM")
    assert "Segment Anything Model" in graph.nodes[node]["aliases"]


def test_derived_model_is_based_on_its_parent(graph):
    (child,) = nodes_labelled(graph, "SAM-Med9Z")
    (parent,) = nodes_labelled(graph, "SAM")
    assert graph.has_edge(child, parent, key="basedOn")


def test_a_modality_on_one_organ_defined_by_its_long_form_is_the_modality_node():
    """"cardiac magnetic resonance (CMR)" and "MRI" in two papers: one MRI node, with both names."""
    papers = [
        Paper("a", "Ventricle segmentation", "We segment the left ventricle on cardiac magnetic resonance (CMR) images of 100 patients."),
        Paper("b", "Glioma segmentation", "We segment gliomas on MRI scans of 300 patients with a new network."),
    ]
    graph = graph_of(papers)
    modalities = {n for n, d in graph.nodes(data=True) if d["type"] == "Modality"}
    assert modalities == {"modality/mri"}
    assert {"CMR", "cardiac magnetic resonance"} <= set(graph.nodes["modality/mri"]["aliases"])


def test_a_dataset_name_is_the_known_dataset_labelled_with_it_and_a_head_noun():
    """"Synapse", typed as a dataset by its list, is the dataset the vocabulary labels "Synapse dataset"."""
    papers = [
        Paper("a", "Segmentation", "We benchmark SegFormer3D on three widely used datasets Synapse, BRaTs, and ACDC."),
        Paper("b", "Organs", "We evaluate our model on the Synapse dataset."),
    ]
    graph = graph_of(papers)
    (node,) = nodes_labelled(graph, "Synapse")
    assert node == "dataset/btcv"
    assert {u for u, _ in graph.in_edges(node)} >= {"paper/a", "paper/b"}


def test_names_that_differ_in_plus_signs_are_different_models():
    """UNet++ is not U-Net, nor ResUNet++ ResUNet: a name key keeps its plus signs, and two
    vocabulary concepts never become one node."""
    papers = [
        Paper("a", "Echo segmentation", "We employed four segmentation methods: U-Net, UNet++, UNet3+, and Deep Residual U-Net. UNet++ was best."),
        Paper("b", "Polyp segmentation", "We propose ResUNet++ and compare it with ResUNet on Kvasir-SEG."),
    ]
    graph = graph_of(papers)
    for first, second in (("U-Net", "UNet++"), ("ResUNet", "ResUNet++"), ("UNet++", "UNet3+")):
        a, b = nodes_labelled(graph, first), nodes_labelled(graph, second)
        assert a and b and not (a & b), (first, second)
    assert nodes_labelled(graph, "ResUNet++") == {"model/resunet-plus-plus"}


def test_a_one_word_name_and_the_short_form_it_spells_are_one_node():
    """"Rendezvous (RDV)": the short form's capitals spell the name's letters in order (Schwartz &
    Hearst), so the title's Rendezvous and the abstract's RDV are one model."""
    papers = [
        Paper("a", "Rendezvous: Attention Mechanisms for Surgical Action Triplets", "We propose Rendezvous (RDV), a transformer-inspired neural network. RDV outperforms prior methods on CholecT50."),
    ]
    graph = graph_of(papers)
    assert len(nodes_labelled(graph, "Rendezvous", "RDV")) == 1
    # its digits too ("Noise2Void (N2V)"), and a name the title types otherwise takes one type with
    # the short form ("Sub2Full: ... without clean data", "a strategy called Sub2Full (S2F)")
    papers = [
        Paper("b", "Probabilistic denoising", "Self-supervised methods, such as Noise2Void (N2V), operate on single noisy images. We improve on Noise2Void."),
        Paper("d", "Sub2Full: split spectrum to boost OCT despeckling without clean data", "We propose a self-supervised strategy called Sub2Full (S2F) for OCT despeckling. S2F works without clean data."),
    ]
    graph = graph_of(papers)
    assert len(nodes_labelled(graph, "Noise2Void", "N2V")) == 1
    assert len(nodes_labelled(graph, "Sub2Full", "S2F")) == 1
    # a word in lower case spells no name: "network" is no long form of NET
    graph = graph_of([Paper("c", "Polyp segmentation", "Our U-shaped network (NET) is trained on Kvasir-SEG.")])
    assert not nodes_labelled(graph, "network")


def test_a_dataset_name_with_the_dataset_noun_hyphened_on_is_the_name():
    """"COVID-CT-Dataset" in the title and "COVID-CT" in the abstract are one dataset, which keeps
    both spellings."""
    papers = [Paper("a", "COVID-CT-Dataset: A CT Scan Dataset about COVID-19", "We build an open-sourced dataset -- COVID-CT, which contains 349 CT images.")]
    graph = graph_of(papers)
    (node,) = nodes_labelled(graph, "COVID-CT")
    assert "COVID-CT-Dataset" in graph.nodes[node]["aliases"]
    assert len([n for n, d in graph.nodes(data=True) if d["type"] == "Dataset"]) == 1


def test_spaced_and_glued_release_numbers_are_one_dataset_and_releases_stay_apart():
    """"ALL IDB 1" and "ALL-IDB1" are one release of the leukaemia image database; ALL-IDB2 is the other."""
    papers = [
        Paper("a", "Leukaemia diagnosis", "Our pipeline reaches an accuracy of 96.15% on ALL IDB 1 with blood smear images."),
        Paper("b", "Blast detection", "We train a detector on ALL-IDB1 and classify the cropped cells of ALL-IDB2."),
    ]
    graph = graph_of(papers)
    (first,) = nodes_labelled(graph, "ALL-IDB1")
    assert nodes_labelled(graph, "ALL IDB 1") == {first}
    assert papers_naming(graph, first) == {"paper/a", "paper/b"}
    (second,) = nodes_labelled(graph, "ALL-IDB2")
    assert second != first


def test_a_hidden_label_finds_the_task_but_is_no_name_of_it():
    """skos:hiddenLabel "we segment", "classify": the paper addresses the tasks, the nodes are not called so."""
    graph = graph_of([Paper("a", "Liver analysis", "We segment the liver on CT scans of 80 patients and classify its lesions.")])
    for task, verbs in (("segmentation", {"we segment", "to segment"}), ("classification", {"classify", "classifies"})):
        (node,) = nodes_labelled(graph, task)
        assert papers_naming(graph, node) == {"paper/a"}
        assert not {a.lower() for a in graph.nodes[node]["aliases"]} & verbs


def test_an_inner_s_is_part_of_a_name_and_a_final_one_a_plural():
    """'HighRes-Net', 'HighRes-net' and 'HighResNet' are one network: only the last word of a name
    takes a plural ('Quux-Nets' are Quux-Net)."""
    g = graph_of([
        Paper("a", "A comparison of 3D UNet, VNet, and HighRes-Net Models", "Three models were employed: VNet and HighResNet. The HighRes-net model did best."),
        Paper("b", "QuuxRes-Net for lesions", "We propose QuuxRes-Net. Two QuuxRes-Nets are ensembled on CT scans of the liver."),
    ])
    assert len(nodes_labelled(g, "HighRes-Net", "HighResNet", "HighRes-net")) == 1
    assert len(nodes_labelled(g, "QuuxRes-Net", "QuuxRes-Nets")) == 1


def test_a_known_concept_keeps_its_id_and_a_greek_letter_is_spelled_out():
    """'μSAM' must not take SAM's IRI (model/sam) because its μ is no ASCII letter: SAM keeps its id,
    and μSAM is model/musam."""
    graph = graph_of(
        [
            Paper("a", "Microscopy segmentation", "We introduce μSAM, a tool for microscopy, and compare it with SAM on cell images."),
            Paper("b", "Polyp segmentation", "We fine-tune SAM on Kvasir-SEG."),
        ]
    )
    assert graph.nodes["model/sam"]["label"] == "SAM"
    assert graph.nodes["model/musam"]["label"] == "μSAM"


def test_the_micro_sign_and_the_greek_mu_write_one_name():
    graph = graph_of(
        [
            Paper("a", "Prostate registration", "We introduce μ-QuuxPro, a dataset of 108 pairs of prostate MR and ultrasound images."),
            Paper("b", "Prostate registration", "We evaluate our network on the µ-QuuxPro dataset."),
        ]
    )
    assert len(nodes_labelled(graph, "μ-QuuxPro", "µ-QuuxPro")) == 1


def test_a_family_name_read_as_its_variant_is_no_alias_of_the_variant():
    """'Residual Networks (ResNet-34)', 'a Visual Geometry Group (VGG16) network', 'a 3D U-Net ... the
    U-Net model': the family's name stands for the one variant in that paper, but a search for the
    family's name across papers must not find the variant."""
    graph = graph_of(
        [
            Paper("a", "Knee radiographs", "We fine-tune Residual Networks (ResNet-34) on knee radiographs."),
            Paper("b", "Skin lesions", "We compare a Visual Geometry Group (VGG16) network with others on dermoscopic images."),
            Paper("c", "Kidney segmentation", "We train a 3D U-Net on CT. The U-Net model segments the kidneys in 2 s."),
        ]
    )
    aliases = {node: {a.lower() for a in graph.nodes[node]["aliases"]} for node in ("model/resnet-34", "model/vgg-16", "model/u-net-3d")}
    assert not aliases["model/resnet-34"] & {"residual networks", "residual network"}
    assert "visual geometry group" not in aliases["model/vgg-16"]
    assert "u-net model" not in aliases["model/u-net-3d"]
