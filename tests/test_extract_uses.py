"""Model -> dataset links (trainedOn, evaluatedOn) read from sentences that refer to the paper's own model."""

from extracting import links, run


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


def test_a_named_model_alone_does_not_bring_in_the_papers_own(vocabulary):
    e = run(
        vocabulary,
        "QuuxNet: Fast Nuclei Segmentation",
        "We present QuuxNet, a compact network for nuclei segmentation in histopathology. "
        "Earlier work trained nnU-Net on the GlimDB dataset.",
    )
    assert ("Model/name:quuxnet", "Dataset/name:glimdb") not in uses(e)
