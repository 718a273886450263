import type { Source } from './schema.ts';

/**
 * Every source the knowledge cites. Ids come from CLINICAL.md; sections of the seed article are cited as
 * `SEED:<section>`. A url is given only where the page is well known and stable.
 */
export const sources: Source[] = [
  // The seed article, whole and by section.
  {
    id: 'SEED',
    title:
      'Hands go numb after running. Why does the left hand go numb and why is it dangerous (popular article; numbcheck seed text, seed/hand-numbness-article.txt)',
  },
  { id: 'SEED:causes', title: 'Seed article, section "Causes of hand numbness"' },
  { id: 'SEED:signs-diagnosis', title: 'Seed article, section "Signs and Diagnosis"' },
  { id: 'SEED:treatment', title: 'Seed article, section "Hand numbness treatment"' },
  {
    id: 'SEED:running',
    title:
      'Seed article, sections "Why do my hands go numb while running?" and "Solving the problem when your hands go numb while running"',
  },
  {
    id: 'SEED:top-5-causes',
    title:
      'Seed article, section "Here are the top 5 causes of violations that are important to take into account"',
  },
  {
    id: 'SEED:prevention',
    title:
      'Seed article, closing prevention advice ("First of all - to reconsider your lifestyle as a whole")',
  },

  // Emergencies: stroke and heart attack.
  {
    id: 'ASA-FAST',
    title: 'American Stroke Association. Stroke symptoms: F.A.S.T. warning signs',
    url: 'https://www.stroke.org/en/about-stroke/stroke-symptoms',
  },
  {
    id: 'BEFAST',
    title:
      'Aroor S, Singh R, Goldstein LB. BE-FAST (Balance, Eyes, Face, Arm, Speech, Time): reducing the proportion of strokes missed using the FAST mnemonic. Stroke 2017;48(2):479–481',
    url: 'https://doi.org/10.1161/STROKEAHA.116.015169',
  },
  {
    id: 'AHA-HA',
    title: 'American Heart Association. Warning signs of a heart attack',
    url: 'https://www.heart.org/en/health-topics/heart-attack/warning-signs-of-a-heart-attack',
  },
  { id: 'NHS-HA', title: 'NHS. Heart attack', url: 'https://www.nhs.uk/conditions/heart-attack/' },
  { id: 'NHS-ANGINA', title: 'NHS. Angina', url: 'https://www.nhs.uk/conditions/angina/' },
  { id: 'NHS-STROKE', title: 'NHS. Stroke', url: 'https://www.nhs.uk/conditions/stroke/' },
  {
    id: 'NHS-TIA',
    title: 'NHS. Transient ischaemic attack (TIA)',
    url: 'https://www.nhs.uk/conditions/transient-ischaemic-attack-tia/',
  },

  // General.
  { id: 'NHS-PINS', title: 'NHS. Pins and needles', url: 'https://www.nhs.uk/conditions/pins-and-needles/' },
  {
    id: 'DERMATOMES',
    title:
      'Lee MWL, McPhee RW, Stringer MD. An evidence-based approach to human dermatomes. Clin Anat 2008;21:363–373',
  },

  // Nerve injury.
  {
    id: 'NERVE-INJURY',
    title:
      'Dahlin LB, Wiberg M. Nerve injuries of the upper extremity and hand. EFORT Open Rev 2017;2(5):158–170',
    url: 'https://doi.org/10.1302/2058-5241.2.160071',
  },
  {
    id: 'RADIAL-PALSY',
    title:
      'Bumbasirevic M, Palibrk T, Lesic A, Atkinson HDE. Radial nerve palsy. EFORT Open Rev 2016;1:286–294',
    url: 'https://doi.org/10.1302/2058-5241.1.000028',
  },

  // Carpal tunnel syndrome.
  {
    id: 'NHS-CTS',
    title: 'NHS. Carpal tunnel syndrome',
    url: 'https://www.nhs.uk/conditions/carpal-tunnel-syndrome/',
  },
  {
    id: 'NICE-CKS-CTS',
    title: 'NICE Clinical Knowledge Summaries. Carpal tunnel syndrome',
    url: 'https://cks.nice.org.uk/topics/carpal-tunnel-syndrome/',
  },
  {
    id: 'KATZ1990',
    title:
      'Katz JN, Stirrat CR. A self-administered hand diagram for the diagnosis of carpal tunnel syndrome. J Hand Surg Am 1990;15(2):360–363',
  },
  {
    id: 'CTS6',
    title:
      'Graham B, Regehr G, Naglie G, Wright JG. Development and validation of diagnostic criteria for carpal tunnel syndrome (CTS-6). J Hand Surg Am 2006;31(6):919–924; calculator at MDCalc',
    url: 'https://www.mdcalc.com/calc/10631/carpal-tunnel-syndrome-6-cts-6',
  },
  {
    id: 'BCTQ',
    title:
      'Levine DW, Simmons BP, Koris MJ, et al. A self-administered questionnaire for the assessment of severity of symptoms and functional status in carpal tunnel syndrome. J Bone Joint Surg Am 1993;75(11):1585–1592',
  },
  {
    id: 'GELBERMAN1981',
    title:
      'Gelberman RH, Hergenroeder PT, Hargens AR, Lundborg GN, Akeson WH. The carpal tunnel syndrome: a study of carpal canal pressures. J Bone Joint Surg Am 1981;63(3):380–383',
  },

  // Ulnar nerve.
  {
    id: 'AAOS-CUBITAL',
    title:
      'American Academy of Orthopaedic Surgeons (OrthoInfo). Cubital tunnel syndrome (ulnar nerve entrapment at the elbow)',
    url: 'https://orthoinfo.aaos.org/en/diseases--conditions/cubital-tunnel-syndrome-ulnar-nerve-entrapment-at-the-elbow/',
  },

  {
    id: 'NHS-ULNAR',
    title:
      'NHS patient information on ulnar nerve entrapment at the elbow: East Kent Hospitals University NHS Foundation Trust, Cubital tunnel syndrome (Orthopaedic Hand Service); Whittington Health NHS Trust, Ulnar neuropathy across the elbow (2020)',
    url: 'https://leaflets.ekhuft.nhs.uk/cubital-tunnel-syndrome/html',
  },
  {
    id: 'GELBERMAN1998',
    title:
      'Gelberman RH, Yamaguchi K, Hollstien SB, Winn SS, Heidenreich FP, Bindra RR, Hsieh P, Silva MJ. Changes in interstitial pressure and cross-sectional area of the cubital tunnel and of the ulnar nerve with flexion of the elbow: an experimental study in human cadavera. J Bone Joint Surg Am 1998;80(4):492–501',
  },
  {
    id: 'BUEHLER1988',
    title:
      'Buehler MJ, Thayer DT. The elbow flexion test: a clinical test for the cubital tunnel syndrome. Clin Orthop Relat Res 1988;(233):213–216',
    url: 'https://pubmed.ncbi.nlm.nih.gov/3402126/',
  },
  {
    id: 'ROSATI1998',
    title:
      'Rosati M, Martignoni R, Spagnolli G, Nesti C, Lisanti M. Clinical validity of the elbow flexion test for the diagnosis of ulnar nerve compression at the cubital tunnel. Acta Orthop Belg 1998;64(4)',
  },
  {
    id: 'CYCLIST-PALSY',
    title:
      'Patterson J, Jaggars MM, Boyer MI. Ulnar and median nerve palsy in long-distance cyclists: a prospective study. Am J Sports Med 2003;31(4):585–589',
  },

  // Neck.
  { id: 'NHS-NECK', title: 'NHS. Neck pain', url: 'https://www.nhs.uk/conditions/neck-pain/' },
  {
    id: 'NICE-CKS-RAD',
    title: 'NICE Clinical Knowledge Summaries. Neck pain – cervical radiculopathy',
    url: 'https://cks.nice.org.uk/topics/neck-pain-cervical-radiculopathy/',
  },
  {
    id: 'DCM-BMJ2018',
    title:
      'Davies BM, Mowforth OD, Smith EK, Kotter MRN. Degenerative cervical myelopathy. BMJ 2018;360:k186',
    url: 'https://doi.org/10.1136/bmj.k186',
  },
  {
    id: 'AAOS-CSM',
    title:
      'American Academy of Orthopaedic Surgeons (OrthoInfo). Cervical spondylotic myelopathy: spinal cord compression',
    url: 'https://orthoinfo.aaos.org/en/diseases--conditions/cervical-spondylotic-myelopathy-spinal-cord-compression/',
  },

  // Diabetes and nerves.
  {
    id: 'NHS-NEUROPATHY',
    title: 'NHS. Peripheral neuropathy',
    url: 'https://www.nhs.uk/conditions/peripheral-neuropathy/',
  },
  {
    id: 'NHS-DIABETES',
    title: 'NHS. Type 2 diabetes',
    url: 'https://www.nhs.uk/conditions/type-2-diabetes/',
  },
  {
    id: 'MNSI',
    title:
      'Feldman EL, Stevens MJ, Thomas PK, et al. A practical two-step quantitative clinical and electrophysiological assessment for the diagnosis and staging of diabetic neuropathy (Michigan Neuropathy Screening Instrument). Diabetes Care 1994;17(11):1281–1289; Herman WH, et al. Diabet Med 2012;29(7):937–944',
  },

  // Blood.
  {
    id: 'NHS-IDA',
    title: 'NHS. Iron deficiency anaemia',
    url: 'https://www.nhs.uk/conditions/iron-deficiency-anaemia/',
  },
  {
    id: 'NHS-B12',
    title: 'NHS. Vitamin B12 or folate deficiency anaemia',
    url: 'https://www.nhs.uk/conditions/vitamin-b12-or-folate-deficiency-anaemia/',
  },
  { id: 'BMJBP-B12', title: 'BMJ Best Practice. Vitamin B12 deficiency' },
  {
    id: 'MHRA-2022',
    title:
      'MHRA Drug Safety Update, June 2022. Metformin and reduced vitamin B12 levels: new advice for monitoring patients at risk',
    url: 'https://www.gov.uk/drug-safety-update/metformin-and-reduced-vitamin-b12-levels-new-advice-for-monitoring-patients-at-risk',
  },

  // Blood vessels and cold.
  {
    id: 'RAYNAUD2014',
    title:
      "Maverakis E, Patel F, Kronenberg DG, et al. International consensus criteria for the diagnosis of Raynaud's phenomenon. J Autoimmun 2014;48–49:60–65",
  },
  { id: 'NHS-RAYNAUD', title: "NHS. Raynaud's", url: 'https://www.nhs.uk/conditions/raynauds/' },
  { id: 'NHS-FROSTBITE', title: 'NHS. Frostbite', url: 'https://www.nhs.uk/conditions/frostbite/' },
  { id: 'NHS-HYPOTHERMIA', title: 'NHS. Hypothermia', url: 'https://www.nhs.uk/conditions/hypothermia/' },
  // Legacy: mixes a thoracic outlet syndrome page with a backpack-palsy study. Kept only because findings.ts still
  // gives it as the base-rate source of arms_overhead_positive (TOS-CHANG2021 describes that test); remove it then.
  {
    id: 'TOS-JONES2019',
    title:
      'Jones MR, Prabhakar A, Viswanath O, Urits I, Green JB, Kendrick JB, Brunk AJ, Eng MR, Orhurhu V, Cornett EM, Kaye AD. Thoracic outlet syndrome: a comprehensive review of pathophysiology, diagnosis, and treatment. Pain Ther 2019;8(1):5–18',
    url: 'https://doi.org/10.1007/s40122-019-0124-2',
  },
  {
    id: 'TOS-CHANG2021',
    title:
      'Chang MC, Kim DH. Essentials of thoracic outlet syndrome: a narrative review. World J Clin Cases 2021;9(21):5804–5811',
    url: 'https://doi.org/10.12998/wjcc.v9.i21.5804',
  },
  {
    id: 'UTH-TOS',
    title: 'UTHealth Houston (UT Physicians), Vascular surgery. Thoracic outlet syndrome',
    url: 'https://www.utphysicians.com/thoracic-outlet-syndrome/',
  },
  {
    id: 'BACKPACK-PALSY',
    title:
      'Mäkelä JP, Ramstad R, Mattila V, Pihlajamäki H. Brachial plexus lesions after backpack carriage in young adults. Clin Orthop Relat Res 2006;452:205–209',
    url: 'https://doi.org/10.1097/01.blo.0000229338.29277.29',
  },
  {
    id: 'NHS-DVT',
    title: 'NHS. Deep vein thrombosis',
    url: 'https://www.nhs.uk/conditions/deep-vein-thrombosis-dvt/',
  },

  // Running.
  {
    id: 'PAHS2011',
    title:
      'Ravaglia et al. Postambulatory hand swelling (big hand syndrome): prevalence, demographics, and association with dog walking. ISRN Rheumatology 2011;2011:659695',
    url: 'https://doi.org/10.5402/2011/659695',
  },
  {
    id: 'POTASH2021',
    title:
      'Cohen PR. Post ambulatory swollen hands (POTASH): an autobiographical case report. Cureus 2021;13(11):e19312',
    url: 'https://doi.org/10.7759/cureus.19312',
  },
  {
    id: 'MAYO-HAND-SWELLING',
    title: 'Laskowski ER. Hand swelling during exercise: a concern? Mayo Clinic, Expert answers',
    url: 'https://www.mayoclinic.org/diseases-conditions/edema/expert-answers/hand-swelling/faq-20058255',
  },
  {
    id: 'EAH2015',
    title:
      'Hew-Butler T, Rosner MH, Fowkes-Godek S, et al. Statement of the Third International Exercise-Associated Hyponatremia Consensus Development Conference, Carlsbad, California, 2015. Clin J Sport Med 2015;25(4):303–320',
    url: 'https://doi.org/10.1097/jsm.0000000000000221',
  },
  {
    id: 'RUN-TECHNIQUE',
    title: 'Run247. Running technique (training feature; running advice, not clinical evidence)',
    url: 'https://archive.run247.com/articles/article-5883-running-technique.html',
  },

  // Anxiety.
  {
    id: 'NHS-PANIC',
    title: 'NHS. Panic disorder',
    url: 'https://www.nhs.uk/mental-health/conditions/panic-disorder/',
  },
  {
    id: 'NHS-BREATHING',
    title: 'NHS. Breathing exercises for stress',
    url: 'https://www.nhs.uk/mental-health/self-help/guides-tools-and-activities/breathing-exercises-for-stress/',
  },

  // Injury.
  {
    id: 'NHS-BROKEN-ARM',
    title: 'NHS. Broken arm or wrist',
    url: 'https://www.nhs.uk/conditions/broken-arm-or-wrist/',
  },
  {
    id: 'NHS-COMPARTMENT',
    title: 'NHS. Compartment syndrome',
    url: 'https://www.nhs.uk/conditions/compartment-syndrome/',
  },

  // Red flags: guidance for the danger screen.
  {
    id: 'NICE-NG128',
    title:
      'NICE guideline NG128. Stroke and transient ischaemic attack in over 16s: diagnosis and initial management (2019, updated 2022)',
    url: 'https://www.nice.org.uk/guidance/ng128',
  },
  {
    id: 'NICE-CG95',
    title:
      'NICE clinical guideline CG95. Recent-onset chest pain of suspected cardiac origin: assessment and diagnosis (2010, updated 2016)',
    url: 'https://www.nice.org.uk/guidance/cg95',
  },
  {
    id: 'ESVS-ALI-2020',
    title:
      'Björck M, Earnshaw JJ, Acosta S, et al. European Society for Vascular Surgery (ESVS) 2020 clinical practice guidelines on the management of acute limb ischaemia. Eur J Vasc Endovasc Surg 2020;59(2):173–218',
    url: 'https://doi.org/10.1016/j.ejvs.2019.09.006',
  },
  {
    id: 'BOAST-CS',
    title:
      'British Orthopaedic Association. BOAST: Diagnosis and management of compartment syndrome of the limbs (2014)',
    url: 'https://www.boa.ac.uk/standards-guidance/boasts.html',
  },
  {
    id: 'NICE-NG41',
    title: 'NICE guideline NG41. Spinal injury: assessment and initial management (2016)',
    url: 'https://www.nice.org.uk/guidance/ng41',
  },
  {
    id: 'NHS-GBS',
    title: 'NHS. Guillain-Barré syndrome',
    url: 'https://www.nhs.uk/conditions/guillain-barre-syndrome/',
  },
  {
    id: 'NHS-HYPO',
    title: 'NHS. Low blood sugar (hypoglycaemia)',
    url: 'https://www.nhs.uk/conditions/low-blood-sugar-hypoglycaemia/',
  },
  {
    id: 'CKS-NECK',
    title: 'NICE Clinical Knowledge Summaries. Neck pain – non-specific: red flags for serious causes',
    url: 'https://cks.nice.org.uk/topics/neck-pain-non-specific/',
  },

  // Multiple sclerosis.
  {
    id: 'NHS-MS',
    title: 'NHS. Multiple sclerosis',
    url: 'https://www.nhs.uk/conditions/multiple-sclerosis/',
  },
];
