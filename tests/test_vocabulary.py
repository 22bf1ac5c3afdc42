"""The ontology folder is well-formed and is what drives extraction."""

import dataclasses
import re
from collections import defaultdict

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import OWL, RDF, SKOS

from extracting import keys, run
from kg.gazetteer import gazetteer
from kg.namespaces import KG
from kg.text import SentenceTokens
from kg.vocabulary import ENTITY_TYPES, ISOTHES, load_vocabulary, ontology_dir

VOCAB_FILES = sorted((ontology_dir() / "vocab").glob("*.ttl"))


@pytest.fixture(scope="module")
def all_vocab():
    graph = Graph()
    for path in VOCAB_FILES:
        graph.parse(path)
    return graph


def test_every_vocabulary_file_parses_and_is_one_scheme():
    assert len(VOCAB_FILES) >= 5
    for path in VOCAB_FILES:
        graph = Graph().parse(path)
        assert len(set(graph.subjects(RDF.type, SKOS.ConceptScheme))) == 1, path


def test_every_concept_has_one_preferred_label_and_one_scheme(all_vocab):
    for concept in set(all_vocab.subjects(RDF.type, SKOS.Concept)):
        assert len(list(all_vocab.objects(concept, SKOS.prefLabel))) == 1, concept
        assert len(list(all_vocab.objects(concept, SKOS.inScheme))) == 1, concept


def test_broader_and_narrower_agree_and_point_at_concepts(all_vocab):
    concepts = set(all_vocab.subjects(RDF.type, SKOS.Concept))
    for child, parent in all_vocab.subject_objects(SKOS.broader):
        assert parent in concepts, (child, parent)
        assert (parent, SKOS.narrower, child) in all_vocab, (child, parent)
    for parent, child in all_vocab.subject_objects(SKOS.narrower):
        assert (child, SKOS.broader, parent) in all_vocab, (parent, child)
    for one, other in all_vocab.subject_objects(SKOS.related):  # SKOS: related is symmetric, and disjoint from broader
        assert (other, SKOS.related, one) in all_vocab, (one, other)
        assert other not in all_vocab.transitive_objects(one, SKOS.broader), (one, other)
    for prop in (KG.basedOn, KG.derivedFrom, KG.hasModality, ISOTHES.broaderGeneric):
        for subject, target in all_vocab.subject_objects(prop):
            assert target in concepts, (subject, prop, target)


def test_every_top_concept_is_listed_by_its_scheme(all_vocab):
    tops = set(all_vocab.subject_objects(SKOS.topConceptOf))
    listed = {(concept, scheme) for scheme, concept in all_vocab.subject_objects(SKOS.hasTopConcept)}
    assert tops == listed, sorted(map(str, tops ^ listed))


def test_no_label_names_two_concepts_of_one_scheme(all_vocab):
    """A deprecated concept names nothing (the extractor skips it): its published label may be a label
    of the concept that replaced it."""
    seen = defaultdict(set)
    for concept, scheme in all_vocab.subject_objects(SKOS.inScheme):
        if (concept, OWL.deprecated, Literal(True)) in all_vocab:
            continue
        for prop in (SKOS.prefLabel, SKOS.altLabel, SKOS.hiddenLabel):
            for label in all_vocab.objects(concept, prop):
                seen[(scheme, re.sub(r"[\s\-]+", "", str(label).casefold()))].add(concept)
    clashes = {key: sorted(map(str, value)) for key, value in seen.items() if len(value) > 1}
    assert not clashes


def test_external_codes_are_iris_of_known_code_systems(all_vocab):
    allowed = ("http://dicom.nema.org/resources/ontology/DCM/", "http://purl.obolibrary.org/obo/UBERON_", "http://purl.obolibrary.org/obo/CL_", "http://purl.obolibrary.org/obo/GO_")
    for _, code in all_vocab.subject_objects(SKOS.exactMatch):
        assert isinstance(code, URIRef) and str(code).startswith(allowed), code


def test_closed_namespace_matches_the_ontology():
    ontology = Graph().parse(ontology_dir() / "kg.ttl")
    declared = {
        str(s)[len(str(KG)) :]
        for kind in (OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty)
        for s in ontology.subjects(RDF.type, kind)
        if str(s).startswith(str(KG))
    }
    assert declared == {term for term in dir(KG) if not term.startswith("_")}


def test_extractor_reads_types_cues_and_patterns_from_the_ontology():
    vocabulary = load_vocabulary()
    assert {c.type for c in vocabulary.concepts.values()} == set(ENTITY_TYPES)
    assert "dataset" in vocabulary.head_nouns["Dataset"]
    assert any(c.startswith("train") for c in vocabulary.cues["trainedOn"])
    assert vocabulary.name_patterns["Dataset"]
    assert "CNN" in vocabulary.generic_terms and "on the other hand" in vocabulary.idioms


def test_a_vocabulary_folder_of_ones_own_drives_extraction(tmp_path):
    """A user can point kg at an edited copy of the ontology: a new concept is found in text."""
    import shutil

    from kg.corpus import Paper
    from kg.extract import extract

    copy = tmp_path / "ontology"
    shutil.copytree(ontology_dir(), copy)
    (copy / "vocab" / "extra.ttl").write_text(
        "@prefix skos: <http://www.w3.org/2004/02/skos/core#> .\n"
        "<https://example.org/mod/zz> a skos:Concept ; skos:inScheme <https://w3id.org/kg-medimg/vocab/modality> ;\n"
        '    skos:prefLabel "zeeta-graphy"@en ; skos:altLabel "ZGR"@en .\n'
    )
    vocabulary = load_vocabulary(str(copy))
    e = extract(Paper("p", "ZGR of the knee", "We study zeeta-graphy of knees with care and at length in this work."), vocabulary)
    assert {m.key for m in e.mentions if m.type == "Modality"} == {"Modality/zz"}


def with_edit(tmp_path, file, old, new):
    """A copy of the ontology folder with one edit in one vocabulary file, loaded."""
    import shutil

    copy = tmp_path / "ontology"
    shutil.copytree(ontology_dir(), copy)
    path = copy / "vocab" / file
    path.write_text(path.read_text().replace(old, new, 1))
    return load_vocabulary(str(copy))


def test_a_modality_is_counted_only_as_one_of_its_broader_ones(tmp_path):
    """kg:countedAs pointing anywhere but up the hierarchy is a curator's slip, named at load."""
    from kg.vocabulary import VocabularyError

    assert load_vocabulary().concepts["Modality/b-mode-ultrasound"].counted_as == "Modality/ultrasound"
    with pytest.raises(VocabularyError, match="b-mode-ultrasound.*countedAs"):
        with_edit(tmp_path, "modalities.ttl", "kg:countedAs mod:ultrasound", "kg:countedAs mod:ct")


def test_a_modality_is_also_counted_only_as_one_of_its_broader_ones(tmp_path):
    from kg.vocabulary import VocabularyError

    assert load_vocabulary().concepts["Modality/whole-slide-imaging"].also_counted_as == ("Modality/cytology",)
    with pytest.raises(VocabularyError, match="whole-slide-imaging.*alsoCountedAs"):
        with_edit(tmp_path, "modalities.ttl", "kg:alsoCountedAs mod:cytology", "kg:alsoCountedAs mod:microscopy")


def test_a_structure_is_imaged_only_as_one_of_its_parts(tmp_path):
    from kg.vocabulary import VocabularyError

    assert load_vocabulary().concepts["AnatomicalStructure/blood"].imaged_as == ("AnatomicalStructure/blood-cell",)
    with pytest.raises(VocabularyError, match="blood.*imagedAs"):
        with_edit(tmp_path, "anatomy.ttl", "kg:imagedAs anat:blood-cell", "kg:imagedAs anat:lung")


def test_a_deprecated_concept_keeps_its_published_iri_but_names_nothing(all_vocab, tmp_path):
    iri = URIRef("https://w3id.org/kg-medimg/vocab/task/benchmarking")
    assert (iri, OWL.deprecated, None) in all_vocab and (iri, SKOS.prefLabel, None) in all_vocab
    assert "Task/benchmarking" not in load_vocabulary().concepts
    undeprecated = with_edit(tmp_path, "tasks.ttl", "    owl:deprecated true .\n\ntask:representation-learning", "    owl:deprecated false .\n\ntask:representation-learning")
    assert "Task/benchmarking" in undeprecated.concepts


def test_a_replaced_concept_points_to_a_live_concept_that_holds_its_labels(all_vocab):
    """A query that follows dcterms:isReplacedBy from a deprecated concept lands on a live concept (a
    task the extractor still uses, or a setting); a task folded into its generic task lends it its
    labels ("semantic segmentation" finds the segmentation)."""
    replaced_by = URIRef("http://purl.org/dc/terms/isReplacedBy")
    live = load_vocabulary().concepts
    pairs = list(all_vocab.subject_objects(replaced_by))
    assert pairs
    for old, new in pairs:
        assert (old, OWL.deprecated, Literal(True)) in all_vocab and (new, OWL.deprecated, Literal(True)) not in all_vocab
        assert (new, SKOS.prefLabel, None) in all_vocab, new
        if str(new).startswith("https://w3id.org/kg-medimg/vocab/task/"):
            assert any(concept.iri == str(new) for concept in live.values()), new
    folded = URIRef("https://w3id.org/kg-medimg/vocab/task/semantic-segmentation")
    assert (folded, replaced_by, URIRef("https://w3id.org/kg-medimg/vocab/task/segmentation")) in all_vocab
    assert "semantic segmentation" in live["Task/segmentation"].labels


def test_every_idiom_holds_a_term_it_voids():
    """An idiom is there to void a label inside it ("on the other hand" is no hand); one whose words
    name nothing any more ("blood pressure" once "blood" stopped naming the blood) is dead weight."""
    vocabulary = load_vocabulary()
    without_idioms = gazetteer(dataclasses.replace(vocabulary, idioms=frozenset()))
    voids_nothing = []
    for idiom in sorted(vocabulary.idioms - {"idioms"}):
        start, end = 9, 9 + len(idiom)
        inside = [
            match
            for text in (f"We study {idiom} here.", f"We study {idiom} images here.")  # "confirmed by pathology images"
            for match in without_idioms.matches(SentenceTokens(text, 0, len(text)))
            if match.start < end and match.end > start and (" " not in idiom or (match.start, match.end) != (start, end))
        ]
        if not inside:
            voids_nothing.append(idiom)
    assert voids_nothing == []


def test_the_left_atrium_benchmark_is_a_dataset_and_the_organ_stays_an_organ(vocabulary):
    e = run(vocabulary, "Semi-supervised left atrium segmentation", "We evaluate our MC-Net on the public Left Atrium (LA) database and on the LA dataset.")
    assert keys(e, "Dataset") == {"Dataset/la-2018"}
    assert "AnatomicalStructure/left-atrium" in keys(e, "AnatomicalStructure")


def test_the_crossmoda_sequences_are_mri_weightings_not_data(vocabulary):
    e = run(
        vocabulary,
        "Cross-modality domain adaptation",
        "Most scans are contrast-enhanced T1 (ceT1), with a growing interest in high-resolution T2 images (hrT2). "
        "We learn from ceT1 scans and segment the cochlea from hrT2 scans of the crossMoDA dataset. "
        "Our model 1) generates fake hrT2 scans from ceT1 images and masks, 2) is trained using the fake hrT2 scans, "
        "3) predicts the augmented real hrT2 scans, and 4) is retrained using both the fake and real hrT2.",
    )
    assert keys(e, "Dataset") == {"Dataset/crossmoda"}
    assert "Modality/mri" in keys(e, "Modality")


def test_the_class_activation_map_methods_an_explainability_benchmark_compares_are_models(vocabulary):
    e = run(vocabulary, "Explainable haemorrhage classification", "We compare Grad-CAM, HiResCAM, AblationCAM, Score-CAM, EigenCAM, LayerCAM and XGrad-CAM.")
    assert keys(e, "Model") == {f"Model/{k}" for k in ("grad-cam", "hirescam", "ablation-cam", "score-cam", "eigen-cam", "layercam", "xgrad-cam")}


def test_electron_microscopy_cell_painting_capsule_and_mpox_datasets_are_known(vocabulary):
    e = run(
        vocabulary,
        "Public image datasets",
        "We report results on SNEMI3D, CREMI, the ISBI 2012 EM segmentation benchmark, MitoEM-R and the EPFL mitochondria "
        "benchmark. Models were trained on RxRx1, RxRx3-core, JUMP-CP, BBBC021, CHAMMI, Galar, MSLD v2.0, MSID and AMIDA13.",
    )
    expected = {"snemi3d", "cremi", "isbi-2012-em", "mitoem", "lucchi", "rxrx1", "rxrx3", "jump-cp", "bbbc021", "chammi", "galar", "msld-v2", "msid", "amida13"}
    assert keys(e, "Dataset") == {f"Dataset/{k}" for k in expected}


def test_a_short_form_spelled_out_as_a_task_is_not_the_dataset_it_shares_words_with(vocabulary):
    e = run(vocabulary, "TFormer for skin lesions", "Multi-modal skin lesion diagnosis (MSLD) has achieved success. Most MSLD pipelines use convolutions.")
    assert "Dataset/msld" not in keys(e, "Dataset")
    e = run(vocabulary, "Mpox detection", "We train on the Monkeypox Skin Lesion Dataset (MSLD).")
    assert keys(e, "Dataset") == {"Dataset/msld"}


def test_blue_light_cystoscopy_is_a_kind_of_cystoscopy(vocabulary):
    e = run(vocabulary, "Bladder tumour classification", "We classify blue light cystoscopy images taken during transurethral resection.")
    assert keys(e, "Modality") == {"Modality/blue-light-cystoscopy"}
    assert "Modality/cystoscopy" in vocabulary.ancestors("Modality/blue-light-cystoscopy")


def test_the_video_networks_and_neural_radiance_fields_are_known_models(vocabulary):
    e = run(vocabulary, "Surgical phase recognition", "We compare C3D, I3D, SlowFast, X3D and TimeSformer; NeRF renders the scene.")
    assert keys(e, "Model") == {f"Model/{k}" for k in ("c3d", "i3d", "slowfast", "x3d", "timesformer", "nerf")}


def test_radiographic_alone_grades_a_disease_and_radiographs_are_x_ray(vocabulary):
    e = run(vocabulary, "Knee cartilage T2 mapping", "T2 values predicted the incidence of radiographic OA from clinicopathological-radiographic factors on MRI.")
    assert "Modality/x-ray" not in keys(e, "Modality")
    e = run(vocabulary, "Knee osteoarthritis grading", "We grade knee radiographs and radiographic images of the hip.")
    assert "Modality/x-ray" in keys(e, "Modality")


def test_a_laparoscopic_operation_names_no_laparoscopy_images_but_laparoscopic_videos_do(vocabulary):
    e = run(vocabulary, "Hepatocystic anatomy", "Accurate identification of anatomy prevents complications during laparoscopic cholecystectomy.")
    assert "Modality/laparoscopy" not in keys(e, "Modality")
    e = run(vocabulary, "Surgical phase recognition", "We recognise phases in 80 laparoscopic videos.")
    assert "Modality/laparoscopy" in keys(e, "Modality")


def test_a_recurrent_residual_u_net_is_r2u_net_not_a_residual_u_net(vocabulary):
    e = run(vocabulary, "Pulmonary embolism segmentation", "We train a 3-D Recurrent Residual U-Net (R2-Unet) to segment emboli.")
    assert keys(e, "Model") == {"Model/r2u-net"}
