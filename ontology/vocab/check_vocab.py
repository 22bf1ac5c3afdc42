import rdflib, re, collections, sys
from rdflib.namespace import SKOS, RDF
import os
D=os.path.dirname(os.path.abspath(__file__))+'/'
files=['modalities','anatomy','tasks','models','datasets']
KG=rdflib.Namespace('https://w3id.org/kg-medimg/ontology#')
all_subjects=set(); graphs={}
ok=True
for f in files:
    g=rdflib.Graph(); g.parse(D+f+'.ttl', format='turtle'); graphs[f]=g
    concepts=set(g.subjects(RDF.type, SKOS.Concept)); all_subjects|=concepts
    schemes=list(g.subjects(RDF.type, SKOS.ConceptScheme))
    assert len(schemes)==1
    labels=collections.defaultdict(set)
    for c in concepts:
        pl=list(g.objects(c, SKOS.prefLabel)); ins=list(g.objects(c, SKOS.inScheme))
        if len(pl)!=1 or len(ins)!=1 or ins[0]!=schemes[0]: print('BAD pref/inScheme', c); ok=False
        if len(list(g.objects(c, SKOS.definition)))!=1: print('BAD definition', c); ok=False
        for l in list(g.objects(c, SKOS.prefLabel))+list(g.objects(c, SKOS.altLabel)):
            key=re.sub(r'[\s\-]+','',str(l).casefold())
            labels[key].add(str(c).rsplit('/',1)[1])
        for b in g.objects(c, SKOS.broader):
            if (b, SKOS.narrower, c) not in g: print('asym', c, b); ok=False
        for n in g.objects(c, SKOS.narrower):
            if (n, SKOS.broader, c) not in g: print('asym', c, n); ok=False
    coll={k:v for k,v in labels.items() if len(v)>1}
    for k,v in sorted(coll.items()): print('COLLISION', f, k, sorted(v)); ok=False
    print(f, len(concepts), 'concepts,', sum(1 for _ in g.objects(None, SKOS.altLabel)), 'altLabels')
# cross-file references
for f,g in graphs.items():
    for p in (KG.basedOn, KG.hasModality, KG.targetsAnatomy, KG.derivedFrom, SKOS.broader, SKOS.narrower):
        for o in g.objects(None, p):
            if o not in all_subjects: print('DANGLING', f, p, o); ok=False
# cross-file label overlap (informational)
lab=collections.defaultdict(set)
for f,g in graphs.items():
    for c,p,l in g.triples((None,None,None)):
        if p in (SKOS.prefLabel, SKOS.altLabel): lab[re.sub(r'[\s\-]+','',str(l).casefold())].add(f+':'+str(c).rsplit('/',1)[1])
x=[(k,sorted(v)) for k,v in lab.items() if len({s.split(':')[0] for s in v})>1]
print('cross-file shared labels (informational):', len(x))
for k,v in sorted(x): print('  ', k, v)
print('ALL OK' if ok else 'PROBLEMS')
