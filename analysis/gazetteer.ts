/**
 * Small closed word lists that name detection leans on instead of a statistical model. Each list
 * answers one question about a capitalised word: does it start a sentence rather than a name, is
 * it a title in front of a name, does it end an organisation's name, is it a place, a date, a
 * news outlet? Lists are lower-case; callers fold case before looking up.
 */

const set = (words: string): ReadonlySet<string> => new Set(words.trim().split(/\s+/));
const words = (list: string): string[] => list.trim().split(/\s+/);

/** Capitalised at the start of a sentence, never a name on their own. */
export const CAPITALISED_FUNCTION_WORDS = set(`
  the a an this that these those it its he she they we i you his her their our my your him them us
  but and or so if when while whereas although though however meanwhile moreover furthermore also
  in on at by for from to with without of as after before since until under over despite according
  last next earlier later now then yet still there here what which who whom whose why how where
  some many most all both each every any no not such other another one two three four five first
  second third yesterday today tomorrow instead indeed thus therefore even only just nor neither
  either once like unlike among between through across during within against amid following asked
  speaking writing take let even let's whether because though more less much few several
  outside inside beyond behind near nearby afterwards afterward meanwhile overall ultimately finally
  separately similarly likewise elsewhere nonetheless nevertheless besides additionally alternatively
  nobody everybody somebody anybody everyone someone anyone nothing everything something anything
  mr mrs ms dr prof sir dame lord lady says said say tags related read see watch listen share
  updated published corrections correction editor editors note photo image source sources
  below above one two three four five six seven eight nine ten eleven twelve thirteen fourteen
  fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty dozens hundreds thousands
  inc inc. ltd ltd. llc plc
`);

/** Particles that sit inside names ("Thomas de Maiziere", "Ursula von der Leyen"). */
export const NAME_PARTICLES = set(`
  de van von der den da di du del della des la le bin bint al el ibn ter ten dos das do y zu af av
`);

/** Honorifics that mark the next name as a person. */
export const PERSON_HONORIFICS = set(`
  mr mr. mrs mrs. ms ms. miss dr dr. prof prof. professor sir dame lord lady baroness baron rev
  rev. sen sen. senator rep rep. representative gov gov. governor judge justice mayor mp mep
  congressman congresswoman councillor councilor ambassador king queen prince princess pope
  detective inspector superintendent sergeant constable commander agent officer chancellor
  president minister secretary commissioner attorney chief director
  barrister barr barr. cllr cllr. sheriff deputy-sheriff cp dcp acp aig igp supt supt. insp insp. sgt sgt. col
  col. gen. lt lt. capt capt. maj maj. hon hon. engr engr. alhaji alhaja chief pastor bishop imam
  rabbi brigadier colonel lieutenant captain admiral commodore corporal marshal
`);

/**
 * Capitalised words that form a title in front of a name ("French Interior Minister Bernard
 * Cazeneuve", "Republican Nathalie Kosciusko-Morizet"): split off as the role.
 */
export const TITLE_WORDS = set(`
  mr mr. mrs mrs. ms ms. miss dr dr. prof prof. professor sir dame lord lady baroness baron rev rev.
  sen sen. senator rep rep. representative gov gov. governor judge justice mayor mp mep congressman
  congresswoman councillor councilor ambassador king queen prince princess pope detective legislator
  lawmaker assemblyman assemblywoman alderman
  inspector superintendent sergeant constable commander agent officer chancellor president
  vice deputy prime minister secretary commissioner attorney general attorney-general chief
  director executive head chair chairman chairwoman chairperson ceo cto cio ciso coo cfo founder
  co-founder cofounder spokesperson spokesman spokeswoman lawyer counsel analyst researcher
  engineer professor lecturer historian magistrate assistant associate senior junior former acting
  campaigner activist pollster criminologist economist cryptographer technologist academic columnist
  commentator reporter journalist editor consultant strategist scientist prosecutor investigator
  sociologist psychologist reverend major datuk
  additional solicitor solicitor-general inspector-general director-general secretary-general auditor-general
  governor-general commissioner-general advocate-general advocate delegate barrister barr barr. cllr cllr. sheriff cp dcp acp
  aig igp supt supt. insp insp. sgt sgt. col col. gen. lt lt. capt capt. maj maj. hon hon. engr engr.
  alhaji alhaja
  shadow interim state federal foreign interior home justice digital security defence defense
  health culture technology trade economy economic finance communications communication
  information data protection privacy home-affairs affairs industry science education transport
  labour labor conservative tory republican democrat democratic liberal green greens socialist
  centrist independent progressive libertarian leader whip member lawmaker ombudsman rapporteur
  mla msp mpp mna mha mec mk mlc undersecretary under-secretary brigadier colonel lieutenant captain admiral commodore corporal marshal
  dutch french german british english scottish welsh irish american australian canadian italian
  spanish portuguese belgian swedish danish norwegian finnish polish austrian swiss indian
  chinese russian japanese korean brazilian european israeli turkish greek czech hungarian
  romanian ukrainian estonian latvian lithuanian luxembourgish maltese slovak slovenian
  croatian bulgarian cypriot icelandic mexican argentinian chilean colombian nigerian
  kenyan south african egyptian saudi emirati iranian pakistani singaporean malaysian
  indonesian filipino thai vietnamese taiwanese eu us u.s. uk u.k. un nato g7
  us-based uk-based eu-based
`);

/** Last words of organisation names ("Home Office", "Open Rights Group", "Acme Inc"). */
export const ORG_HEADS = set(`
  ministry department office agency commission council parliament assembly senate congress court
  tribunal authority bureau service services police constabulary force directorate unit board
  committee institute institution foundation trust fund charity society association union
  federation alliance coalition network group party centre center forum initiative project
  campaign lab labs laboratory laboratories university college school academy inc inc. ltd ltd.
  llc corp corp. corporation company companies co co. gmbh fellowship church churches diocese synod circle ag sa plc technologies technology systems
  software networks communications telecom telecoms media bank watch international government
  administration cabinet presidency executive regulator collective partners industries hub
  caucus taskforce task-force division brigade squad
  solutions security consortium guild league chamber secretariat inspectorate observatory
  ngo now confederation movement club syndicate cooperative co-operative platform
  greens democrats republicans conservatives socialists liberals tories pirates
`);

/** First words of organisations' names in languages that put the head first ("Fundación Red Libre", "Collectif Citoyen Akanda"). */
export const ORG_LEADS = set(`
  fundación fundacion fundação fundacao fondation fondazione fundacja fundatia fundația stiftung stichting
  instituto institut istituto observatorio observatório observatoire osservatorio asociación asociacion
  associação associacao associazione asociația asociatia stowarzyszenie colectivo coletivo collectif collettivo
  kolektiv centro centrul cámara camara câmara chambre federación federação fédération federazione
  sindicato syndicat sindacato confederación confederação confédération coordinadora movimiento
  movimento mouvement comité comitato liga ligue verein verband bündnis
`);

/** Heads that end the name of a public or representative body, not of a company. */
export const INSTITUTION_HEADS = set(`
  commission board authority agency council committee ministry department bureau directorate
  tribunal regulator association federation institute foundation alliance coalition union forum
  centre center secretariat inspectorate observatory chamber league
`);

/** Organisation heads that also name a field ("Malaysian Communications and Multimedia Commission"). */
export const FIELD_ORG_HEADS = set(`
  communications technology technologies media security systems software networks telecom
  telecoms services industries solutions
`);

/** Last words of a news outlet's name ("Nordic Telecom Review", "Statehouse Wire", "Frontier Herald"). */
export const MEDIA_HEADS = set(`
  review wire times post herald journal news gazette tribune daily weekly telegraph chronicle
  courier dispatch bulletin newsletter magazine
`);

/** Words that mark a name as a law or document rather than a speaker. */
export const LAW_HEADS = set(`
  act bill regulation directive law treaty convention amendment arrangement code charter order
  notice rule rules agreement protocol standard strategy report opinion ruling judgment
  decision framework paper regulations directives acts bills clause clauses constitution article
  section chapter
`);

/**
 * Lower-case nouns in front of a name that tell what kind of speaker it is ("comms firm
 * Open-Xchange", "digital secretary Axelle Lemaire").
 */
export const ORG_CLASS_NOUNS = set(`
  firm company group agency startup start-up app provider maker giant charity organisation
  organization ngo nonprofit non-profit watchdog regulator body service platform vendor developer
  manufacturer messenger operator carrier network union federation association alliance
  coalition outlet publisher broadcaster newspaper ministry department authority government
  institute foundation university college court party parliament council commission bureau
  lab think-tank tank collective campaign consortium lender bank insurer retailer telco
  telecoms carrier exchange marketplace network website site studio committee panel board
  taskforce task-force delegation centre center forum initiative trust society observatory
  chamber league hub
`);

export const PERSON_ROLE_NOUNS = set(`
  minister secretary commissioner senator lawmaker legislator mp mep president chancellor
  spokesperson spokesman spokeswoman official researcher professor expert cryptographer
  academic campaigner activist director chief executive ceo cto cio ciso founder co-founder
  boss lawyer attorney judge magistrate officer analyst strategist head chair chairman
  chairwoman leader counterpart adviser advisor consultant engineer scientist historian
  lecturer statistician economist author co-author journalist editor reporter detective
  superintendent constable inspector sergeant commander prosecutor diplomat ambassador
  representative member deputy counsel clerk governor mayor rapporteur ombudsman whip
  politician candidate spokesperson manager partner fellow student investigator agent
  researcher inventor designer developer technologist specialist coordinator administrator
  commissioner premier vice-president treasurer councillor solicitor advocate delegate
  critic opponent supporter proponent backer champion
  mother father parent grandmother grandfather nurse teacher resident caller listener vendor
  trader shopkeeper farmer fisherman pensioner retiree widow survivor doctor pharmacist pastor
  imam priest organiser organizer volunteer accountant programmer
`);

/** Heads of noun phrases that re-mention a speaker ("the minister", "the company"). */
export const ROLE_HEADS = new Set([...PERSON_ROLE_NOUNS, ...ORG_CLASS_NOUNS, 'executive', 'bloc', 'trade-body']);

/** Heads that make "<nationality> <head>" a government ("the Dutch government"). */
export const GOVERNMENT_HEADS = set(`government administration cabinet authorities presidency`);

/** Nationality adjectives and country names; values are the adjective used in "X government". */
const NATIONS: Array<[string, string]> = [
  ['dutch', 'Dutch'], ['netherlands', 'Dutch'], ['french', 'French'], ['france', 'French'],
  ['german', 'German'], ['germany', 'German'], ['british', 'British'], ['britain', 'British'],
  ['uk', 'UK'], ['u.k.', 'UK'], ['us', 'US'], ['u.s.', 'US'], ['american', 'US'], ['america', 'US'],
  ['united states', 'US'], ['united kingdom', 'UK'], ['australian', 'Australian'],
  ['australia', 'Australian'], ['canadian', 'Canadian'], ['canada', 'Canadian'],
  ['irish', 'Irish'], ['ireland', 'Irish'], ['italian', 'Italian'], ['italy', 'Italian'],
  ['spanish', 'Spanish'], ['spain', 'Spanish'], ['portuguese', 'Portuguese'],
  ['portugal', 'Portuguese'], ['belgian', 'Belgian'], ['belgium', 'Belgian'],
  ['swedish', 'Swedish'], ['sweden', 'Swedish'], ['danish', 'Danish'], ['denmark', 'Danish'],
  ['norwegian', 'Norwegian'], ['norway', 'Norwegian'], ['finnish', 'Finnish'],
  ['finland', 'Finnish'], ['polish', 'Polish'], ['poland', 'Polish'], ['austrian', 'Austrian'],
  ['austria', 'Austrian'], ['swiss', 'Swiss'], ['switzerland', 'Swiss'], ['indian', 'Indian'],
  ['india', 'Indian'], ['chinese', 'Chinese'], ['china', 'Chinese'], ['russian', 'Russian'],
  ['russia', 'Russian'], ['japanese', 'Japanese'], ['japan', 'Japanese'], ['korean', 'Korean'],
  ['brazilian', 'Brazilian'], ['brazil', 'Brazilian'], ['israeli', 'Israeli'],
  ['israel', 'Israeli'], ['turkish', 'Turkish'], ['turkey', 'Turkish'], ['greek', 'Greek'],
  ['greece', 'Greek'], ['czech', 'Czech'], ['hungarian', 'Hungarian'], ['hungary', 'Hungarian'],
  ['romanian', 'Romanian'], ['romania', 'Romanian'], ['ukrainian', 'Ukrainian'],
  ['ukraine', 'Ukrainian'], ['estonian', 'Estonian'], ['estonia', 'Estonian'],
  ['scottish', 'Scottish'], ['scotland', 'Scottish'], ['welsh', 'Welsh'], ['wales', 'Welsh'],
  ['new zealand', 'New Zealand'], ['singapore', 'Singaporean'], ['singaporean', 'Singaporean'],
  ['mexican', 'Mexican'], ['mexico', 'Mexican'], ['nigerian', 'Nigerian'], ['nigeria', 'Nigerian'],
  ['kenyan', 'Kenyan'], ['kenya', 'Kenyan'], ['iranian', 'Iranian'], ['iran', 'Iranian'],
  ['pakistani', 'Pakistani'], ['pakistan', 'Pakistani'], ['european', 'European'],
  ['eu', 'EU'], ['federal', 'federal'], ['luxembourg', 'Luxembourg'], ['slovak', 'Slovak'],
  ['slovenian', 'Slovenian'], ['croatian', 'Croatian'], ['bulgarian', 'Bulgarian'],
  ['lithuanian', 'Lithuanian'], ['latvian', 'Latvian'], ['maltese', 'Maltese'],
  ['cypriot', 'Cypriot'], ['icelandic', 'Icelandic'], ['south korean', 'South Korean'],
  ['south african', 'South African'], ['taiwanese', 'Taiwanese'],
];
export const NATION_ADJECTIVE: ReadonlyMap<string, string> = new Map(NATIONS);

/** Places: never speakers on their own (their governments are, when named as such). */
export const PLACES = set(`
  europe asia africa america americas australia britain england scotland wales ireland france
  germany netherlands holland belgium luxembourg spain portugal italy austria switzerland sweden
  norway denmark finland iceland poland hungary romania bulgaria greece cyprus malta croatia
  slovenia slovakia czechia estonia latvia lithuania ukraine russia turkey israel iran iraq
  syria egypt india pakistan china japan korea taiwan singapore malaysia indonesia vietnam
  thailand philippines canada mexico brazil argentina chile colombia peru nigeria kenya
  ethiopia ghana morocco tunisia algeria uae qatar dubai london paris berlin brussels washington
  moscow beijing tokyo delhi canberra sydney melbourne brisbane ottawa toronto dublin madrid rome
  vienna amsterdam the-hague hague geneva zurich stockholm oslo copenhagen helsinki warsaw prague
  budapest athens lisbon strasbourg luxembourg frankfurt munich hamburg lyon marseille
  manchester edinburgh glasgow cardiff belfast new york california texas ohio virginia
  maryland silicon valley harrogate westminster whitehall capitol hill wall street us uk eu
  u.s. u.k. usa gb un states kingdom union
`);

/** Places whose names have "and" inside ("Bosnia and Herzegovina"): the words on either side of it. */
export const AND_PLACES = new Set([
  'bosnia herzegovina', 'trinidad tobago', 'antigua barbuda', 'kitts nevis', 'tomé príncipe', 'tome principe',
  'turks caicos', 'jammu kashmir', 'andaman nicobar', 'wallis futuna', 'pierre miquelon', 'heard mcdonald',
]);

/** Words that make a capitalised run a street, square or building, in the languages news writes them in. */
export const STREET_WORDS = set(`
  street st. road avenue lane boulevard square plaza rua avenida travessa praça calle paseo rue
  strasse straße platz via viale piazza straat plein gatan ulica house hall palace tower castle
  airport station stadium hotel cathedral mansion town city district village county province
  market harbour harbor port quarter
`);

export const TIME_WORDS = set(`
  monday tuesday wednesday thursday friday saturday sunday january february march april may june
  july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec
  christmas easter spring summer autumn winter
  gmt utc bst cet cest eet eest wet west est edt cst cdt mst mdt pst pdt akst hst ist pkt wat cat
  eat sast msk gst jst kst hkt sgt awst acst acdt aest aedt nzst nzdt am pm a.m. p.m. noon midnight
`);

/** News outlets: "told Reuters" and "according to Reuters" name a channel, not a speaker. */
export const MEDIA = set(`
  reuters ap afp bloomberg bbc cnn guardian nyt ft politico wired verge techcrunch zdnet axios
  vice motherboard register infosecurity dpa ansa efe xinhua tass kyodo npr abc cbs nbc fox
  msnbc telegraph times independent spiegel monde figaro handelsblatt heise golem ars technica
  engadget gizmodo cnet forbes fortune economist atlantic intercept propublica euractiv
  euobserver tagesschau sky itv ktv associated broadcaster broadcasters
`);

/** Multi-word outlets, as folded lower-case text. */
export const MEDIA_PHRASES = new Set([
  'associated press', 'new york times', 'washington post', 'wall street journal',
  'financial times', 'the guardian', 'the times', 'the verge', 'ars technica', 'sky news',
  'agence france-presse', 'agence france presse', 'der spiegel', 'le monde', 'the register',
  'the intercept', 'brussels brief', 'the economist', 'the atlantic', 'bbc news',
]);

/** Common abbreviations that end with a full stop but do not end a sentence. */
export const ABBREVIATIONS = set(`
  mr mrs ms dr prof sr jr st sen rep gov gen lt col sgt capt maj cmdr adm rev hon fr no nos vs
  etc approx dept univ inc ltd corp co est fig al e.g i.e jan feb mar apr jun jul aug sep sept
  oct nov dec mt ft op pp vol pvt pte bhd
`);

/** Descriptions that newsrooms use for one particular body. Keys are folded lower case. */
export const DESCRIPTIONS: ReadonlyMap<string, { name: string; id?: string }> = new Map([
  ['eu executive', { name: 'European Commission', id: 'european-commission' }],
  ['european executive', { name: 'European Commission', id: 'european-commission' }],
  ["bloc's executive", { name: 'European Commission', id: 'european-commission' }],
  ['eu commission', { name: 'European Commission', id: 'european-commission' }],
  ['eu law enforcement agency', { name: 'Europol', id: 'europol' }],
  ["eu's police agency", { name: 'Europol', id: 'europol' }],
  ['eu cybersecurity agency', { name: 'ENISA', id: 'enisa' }],
  ["eu's cybersecurity agency", { name: 'ENISA', id: 'enisa' }],
  ['us justice department', { name: 'Department of Justice', id: 'department-of-justice' }],
]);

/**
 * The side a kind of actor usually takes (GUIDE.md): interior ministries, police, intelligence
 * agencies and child-protection groups argue for access; messaging companies, digital-rights
 * groups, security researchers and data-protection bodies against. +1 = access, -1 = encryption.
 */
export const ACCESS_KINDS =
  /\b(?:interior|home affairs|home office|home secretary|justice minist\w*|ministry of justice|justice department|department of justice|attorney[- ]general|police|constab\w*|law enforcement|fbi|europol|interpol|nsa|gchq|asio|intelligence|security service|spy agenc\w*|prosecutor\w*|district attorney\w*|state'?s attorney|detective|crime agency|federal bureau|counter-terror\w*|polic(?:e|ing)|child[- ](?:protection|safety|online safety)|child (?:online )?safety|child advoca\w+|children'?s (?:charity|safety|rights|alliance|coalition|commissioner)|nspcc|safeguarding|anti-abuse|iwf|internet watch foundation|thorn)\b/i;

export const ENCRYPTION_KINDS =
  /\b(?:whatsapp|signal|telegram|threema|proton\w*|wire|element|imessage|messaging (?:app|service|company|firm|start-?up)|encrypted messaging|digital[- ]rights|civil[- ]liberties|civil[- ]society|press freedom|media freedom|privacy (?:group|campaign\w*|advocate\w*|watchdog|regulator|collective)|eff|electronic frontier|edri|open rights group|access now|privacy international|aclu|cryptograph\w*|security researcher\w*|computer scien\w*|rights groups?|human rights|technologists?|(?:cyber)?security (?:experts?|specialists?|firms?)|encryption (?:experts?|specialists?|compan\w+|providers?)|app makers?|data protection|information commissioner|privacy commissioner|edps|edpb|tor project|mozilla|internet society)\b/i;

export const SAY = words(`
  said says say saying told tells tell added adds argued argues argue arguing claimed claims
  threatened threatens vowed vows pledged pledges promised promises
  claim stated states insisted insists explained explains noted notes wrote writes believes
  considered considers
  believe thinks think maintained maintains contended contends asserted asserts stressed
  stresses emphasised emphasized emphasises emphasizes acknowledged acknowledges admitted admits
  conceded concedes countered counters replied replies responded responds suggested suggests
  cautioned cautions predicted observed commented remarked announced announces declared
  declares confirmed confirms agreed agrees disagreed disagrees complained complains feared fears
  worried worries questioned asked asks reiterated reiterates repeated objected protested
  lamented testified tweeted tweets posted posts blogged blogs emailed emails texted messaged
  recalled concluded concludes found finds accused accuses signalled signaled signals indicated
  indicates hinted hints deadpanned quipped joked retorted wondered mused alleged charged answered
  answers
  described describes warned warns warning insisting contending adding arguing stating
  explaining noting saying telling according
  affirmed affirms reaffirmed reaffirms sustained sustains underlined underlines assured assures
  specified clarified clarifies estimated estimates opined fumed fumes raged rages thundered seethed scoffed
  sighed pleaded pleads begged exclaimed declaring vowing
`);

export const SUPPORT = words(`
  backed backs supported supports welcomed welcomes endorsed endorses praised praises defended
  defends championed champions favours favors advocated advocates wants wanted demanded demands
  sought seeks seeking pushed pushes pushing urged urges urging requested requests intends
  intended hopes hoped supporting backing defending welcoming demanding embraced embraces
  support supports welcome endorse defend champion
`);

export const OPPOSE = words(`
  rejected rejects reject opposed opposes oppose criticised criticized criticises criticizes
  condemned condemns dismissed dismisses slammed slams attacked denounced denounces decried
  blasted lambasted refused refuses resisted resists fought fights vetoed blocked challenged sued
  sues suing
  challenges disputed disputes rejecting opposing criticising criticizing condemning
  mocked mocks mocking ridiculed ridicules derided derides scorned scorns scoffed scoffs panned
  pans savaged excoriated assailed castigated rubbished trashed berated deplored deplores
  criticise criticize condemn slam slammed blast denounce decry deride mock scrapped scraps faulted
  faults
`);

export const PROPOSE = words(`proposed proposes plans planned introduced introduces unveiled unveils tabled tables drafted floated sponsored sponsors sponsoring proposing tabling introducing drafting`);

/**
 * "vowed to fight the law", "pledged to veto", "moved to scrap": what someone sets out to do
 * says their side as plainly as a verb of opposing or backing (cues.ts, findCues).
 */
export const INTENT_VERBS = new Set(words(`
  vowed vows vow pledged pledges pledge promised promises threatened threatens intends intend
  intended plans planned moved moves sought seeks seek hopes hoped wants wanted aims aimed
  resolved resolves voted votes vote
`));
export const INTENT_OPPOSE = new Set(words(`
  fight oppose block veto challenge reject resist scrap strip kill sue repeal overturn stop derail
  defeat vote boycott contest
`));
export const INTENT_SUPPORT = new Set(words(`back support defend champion pass push revive reintroduce press enact adopt pursue`));

/**
 * What an organisation or a person does that can take a side as plainly as what they say
 * ("Orbis has scrapped its plan to scan photos", "the committee voted to strip scanning",
 * "Halcyon switched on end-to-end encryption by default"): verbs of deeds, for attributions.ts.
 */
export const ACTION_VERBS = new Set(words(`
  scrapped scraps dropped drops abandoned abandons shelved shelves paused pauses delayed delays
  launched launches rolled rolls enabled enables switched switches turned turns disabled disables
  removed removes built builds published publishes passed passes approved approves adopted adopts
  voted votes blocked blocks struck ordered orders banned bans withdrew withdraws pulled pulls
  encrypted encrypts began begins started starts complied complies appealed appeals reversed
  reverses suspended suspends joined joins funded funds deployed deploys released releases
  extended extends expanded expands halted halts ended ends killed kills stopped stops declined
  declines ruled rules upheld upholds overturned overturns granted grants issued issued served
  serves sent sends filed files lodged lodges organised organized organises organizes helped helps
  launched gave gives agreed agrees promised moved moves added adds made makes decided decides chose
  chooses
`));

/** Staff who, together, speak for where they work ("engineers at Corvid wrote"). */
export const STAFF_PLURALS = new Set(words(`engineers researchers executives staff developers employees scientists analysts cryptographers advocates lawyers officials campaigners activists members representatives volunteers organisers organizers leaders maintainers founders co-founders`));

/** "Tessaly's warning that …", "the minister's insistence that …": what a view noun reports. */
export const VIEW_CLAIM_NOUNS = new Set(words(`warning warnings argument arguments view claim claims assertion insistence position belief contention message point fear fears concern concerns`));

/** Words whose use as a noun or adjective is far more common than as a cue. */
export const NOT_AFTER = new Set(['the', 'a', 'an', 'its', 'his', 'her', 'their', 'our', 'my', 'your', 'this', 'that', 'these', 'those', 'of', 'to', 'no']);

/** Words that may stand between a subject and its verb ("has already argued", "on Tuesday said"). */
export const BETWEEN_SUBJECT_AND_VERB = new Set(words(`
  has have had also already previously repeatedly long recently since strongly publicly reportedly
  separately now then later earlier once often frequently consistently again further is are was
  were been be being will would could can may might shall should must did does do just only
  first yet still himself herself itself themselves openly privately quickly swiftly
  immediately initially originally subsequently too both all loudly vocally explicitly
  firmly flatly angrily today yesterday tonight
`));

export const EXPECTING = new Set(['expected', 'due', 'set', 'likely', 'poised', 'scheduled', 'going', 'planning', 'plans', 'expects', 'intends', 'wants', 'likes', 'loves', 'tends', 'used']);

export const PART_NOUNS = new Set(['section', 'sections', 'branch', 'branches', 'chapter', 'wing', 'arm', 'division', 'leadership', 'board', 'executive', 'secretariat', 'members', 'delegation', 'office', 'offices', 'cabinet', 'bureau']);

/** A role that speaks for an organisation rather than in one's own name. */
export const SPOKES_ROLE = /\bspokes(?:person|man|woman)\b|\bpress (?:officer|secretary)\b/i;
/** "company spokeswoman", "a police spokesman", "a spokesperson for the authority": the body named by its kind (group 1 or 2). */
export const SPOKES_OF_KIND = /^(?:an?\s+|the\s+)?(\p{Ll}[\p{Ll}-]*)\s+(?:spokes(?:person|man|woman)|official|press officer)$|^(?:an?\s+)?spokes(?:person|man|woman) (?:for|of) the (\p{Ll}+)$/u;
/** A nation's delegation or government ("austrian delegation"): group 1 is the nation. */
export const NATION_BODY = /^(.+?) (?:delegation|government|administration|presidency)$/;
/** Verbs of a document's making, before "by" ("a letter signed by …"). */
export const DOCUMENT_MAKING = /^(?:signed|co-signed|cosigned|endorsed|organi[sz]ed|coordinated|drafted)$/;
/** A question's first word ("Does the ministry support …?"): an interviewer asks, nobody is quoted. */
export const QUESTION_OPENERS = /^(?:do|does|did|will|would|should|can|could|is|are|has|have)$/;
/** Words after "back" that make it an adverb ("back in 2019", "back then", "fight back"), not a verb of support. */
export const NOT_BACKING = /^(?:in|then|to|into|on|from|at|when|and|down|off|out|up|home|again)$/;
/** Verbs that report a finding, and only with "that" ("the FBI found another way in" is no statement). */
export const FINDING_VERBS = /^(?:found|finds|concluded|concludes|considered|considers)$/;
/** "…, said director Sanne Wijnbergen": an office named bare, with no body of its own, is held at the body just named. */
export const BARE_OFFICE = /^(?:(?:executive|managing|policy|programme|program|legal|campaigns?|research|deputy)\s+)?(?:director|chair(?:man|woman|person)?|co-?founder|founder|chief executive|ceo|president|secretary-general|general secretary|coordinator|board member|general counsel|chief [a-z]+ officer|spokes(?:person|man|woman))$/i;
export const SPOKES_NOUNS = new Set(['spokesperson', 'spokesman', 'spokeswoman', 'spokespeople', 'official', 'officials', 'representative', 'representatives', 'lawyers', 'lawyer', 'source', 'sources', 'statement', 'counsel', 'attorneys', 'attorney', 'spokesmen', 'spokeswomen', 'aide', 'aides', 'insider', 'insiders']);


export const RELATIVE = new Set(['who', 'which', 'that']);

export const PREPOSITIONS = new Set(['in', 'at', 'on', 'from', 'with', 'by', 'during', 'after', 'before', 'speaking', 'writing', 'joined', 'led', 'asked', 'for', 'under', 'like', 'including', 'as', 'through', 'via', 'among']);

export const PROPOSAL_NOUNS = new Set(['proposal', 'proposals', 'plan', 'plans', 'amendment', 'amendments', 'suggestion', 'suggestions', 'idea', 'ideas', 'bill', 'bills', 'law', 'laws', 'legislation', 'measure', 'measures', 'demand', 'demands', 'call', 'calls', 'request', 'requests', 'motion', 'compromise', 'draft', 'rules', 'scheme', 'regulation', 'order', 'orders', 'powers', 'provisions', 'changes', 'policy', 'policies', 'initiative']);

export const PROPOSER_VERBS = new Set(['co-sponsored', 'cosponsored', 'co-authored', 'proposed', 'tabled', 'floated', 'drafted', 'introduced', 'sponsored', 'championed', 'pushed', 'envisaged', 'envisioned', 'suggested', 'backed', 'advanced', 'advocated', 'sought', 'demanded', 'requested', 'made', 'issued', 'submitted', 'presented']);

export const EFFORT_NOUNS = new Set(['efforts', 'effort', 'attempts', 'attempt', 'bid', 'bids', 'push', 'campaign', 'drive', 'plan', 'plans', 'calls', 'call', 'demands', 'demand', 'request', 'requests', 'proposal', 'proposals', 'move', 'moves', 'pressure', 'insistence', 'determination']);

/** Words that may come right before a sentence's subject. */
export const BEFORE_SUBJECT = new Set(`
  and but or so yet while when as after before because since although though if then also
  meanwhile however now today yesterday tonight earlier later separately instead still finally
  last this week month year morning afternoon evening night day time where whereas until once
  too indeed moreover furthermore like including such unlike whom who that which
`.trim().split(/\s+/));

export const PREPOSITIONS_BEFORE = new Set(['of', 'at', 'from', 'for', 'by', 'in', 'with', 'to', 'on', 'about', 'against', 'into', 'over', 'under', 'between', 'among', 'within', 'without', 'than', 'behind', 'towards', 'toward']);

/** Words that open a clause whose subject says nothing yet: "If Congress wants …", "unless the firm agrees". */
export const HYPOTHETICAL = new Set(['if', 'unless', 'whether', 'lest']);

export const DOCUMENT_NOUNS = new Set(['letter', 'statement', 'report', 'submission', 'petition', 'declaration', 'memo', 'memorandum', 'brief', 'paper', 'filing', 'appeal', 'complaint', 'op-ed', 'testimony']);

/** "Signatories include …", "Opponents of the bill are …": the verb that opens a list of members. */
export const LIST_VERBS = new Set(['include', 'includes', 'included', 'are', 'were']);
/** Who signed a document, named as a group: "Signatories include …". */
export const SIGNER_NOUNS = new Set(['signatories', 'signatory', 'signers', 'co-signatories', 'cosignatories']);
/** "X sent a letter to …": the sender speaks through the document. */
export const SENDING_VERBS = new Set(['sent', 'wrote', 'issued', 'published', 'submitted', 'signed', 'co-signed', 'penned', 'delivered', 'released']);

export const AUTHORING_VERBS = new Set(['coordinated', 'co-ordinated', 'signed', 'co-signed', 'cosigned', 'organised', 'organized', 'written', 'drafted', 'authored', 'backed', 'endorsed', 'coordinated', 'sent', 'issued', 'published', 'submitted']);

/** Words that end a backwards walk over a role description. */
export const ROLE_STOP = new Set(`
  the a an his her its their our your my this that these those of in at by for with and or to from
  on as who which whom whose said says say told tells added argued warned claimed stated is are
  was were has have had be been will would can could should may might must not no than then
  when while after before since but if because about into onto over under between among
  according also already
`.trim().split(/\s+/));

export const WHO_VERBS = new Set(['leads', 'led', 'heads', 'headed', 'runs', 'ran', 'studies', 'studied', 'researches', 'researched', 'teaches', 'taught', 'works', 'worked', 'represents', 'chairs', 'founded', 'co-founded', 'directs', 'directed', 'advises', 'advised', 'oversees', 'manages', 'coordinates', 'investigates', 'investigated', 'campaigns']);

export const FEMALE_HONORIFICS = new Set(['mrs', 'mrs.', 'ms', 'ms.', 'miss', 'dame', 'lady', 'baroness', 'queen', 'princess']);

export const MALE_HONORIFICS = new Set(['mr', 'mr.', 'sir', 'lord', 'baron', 'king', 'prince']);

/** Lower-case heads that extend a name into an organisation ("Council presidency", "Lindmark's data protection authority"). */
export const LOWER_ORG_HEADS = new Set([
  ...GOVERNMENT_HEADS, 'ministry', 'department', 'agency', 'authority', 'regulator', 'police',
  'parliament', 'presidency', 'commission', 'council', 'watchdog', 'force', 'office', 'court',
  'bureau', 'service', 'party', 'delegation',
]);

/** Roles that belong to an employer named before them ("a Whisperly spokesperson"). */
export const EMPLOYEE_NOUNS = new Set(['spokesperson', 'spokesman', 'spokeswoman', 'official', 'representative', 'lawyer', 'attorney', 'counsel', 'executive', 'engineer', 'researcher', 'analyst', 'director', 'chief', 'boss', 'head', 'founder', 'co-founder', 'ceo', 'cto', 'cio', 'ciso', 'manager', 'adviser', 'advisor', 'member', 'agent', 'officer', 'investigator', 'developer', 'designer', 'scientist', 'partner', 'fellow', 'student', 'editor', 'journalist', 'reporter', 'president', 'chair', 'chairman', 'chairwoman', 'secretary', 'commissioner', 'minister', 'staff', 'employee', 'worker', 'source']);

/** Prepositions after which a capitalised run of two or more words names a place ("in São Paulo"). */
export const LOCATIVES = new Set(['in', 'on', 'near', 'outside', 'inside', 'across', 'around']);

export const SUBJECT_VERBS = new Set(['said', 'says', 'told', 'tells', 'argued', 'argues', 'added', 'warned', 'claimed', 'insisted', 'stated', 'wrote', 'believes', 'urged', 'rejected', 'welcomed', 'pushed', 'hit', 'took', 'threatened', 'vowed', 'announced', 'posted', 'hailed', 'opposed', 'backed', 'criticised', 'criticized', 'slammed', 'refused', 'responded', 'confirmed', 'denied', 'countered', 'maintains', 'maintained']);

/** Plural and institutional nouns that open sentences as subjects without being names. */
export const COMMON_SUBJECTS = new Set(`
  police officials critics experts researchers campaigners analysts lawmakers ministers prosecutors
  investigators authorities government parliament industry companies firms users people children
  parents security privacy encryption technology research data law politicians diplomats
  activists scientists engineers academics regulators governments agencies banks platforms
`.trim().split(/\s+/));

/** Verbs that make a person the one who speaks for an organisation ("she runs a campaign, X"). */
export const RUNS = new Set(['runs', 'ran', 'leads', 'led', 'heads', 'headed', 'chairs', 'chaired', 'founded', 'co-founded', 'directs', 'directed', 'run', 'lead', 'head']);

/** Words that name the same kind of body ("the regulator" for a data protection authority). */
export const SYNONYMS: string[][] = [
  ['regulator', 'watchdog', 'authority', 'commission', 'commissioner', 'ombudsman'],
  ['company', 'firm', 'maker', 'provider', 'giant', 'app', 'start-up', 'startup', 'business', 'vendor', 'service', 'platform', 'developer', 'manufacturer', 'messenger', 'operator'],
  ['group', 'organisation', 'organization', 'charity', 'coalition', 'alliance', 'body', 'campaign', 'ngo', 'foundation', 'collective', 'network', 'federation', 'association', 'union', 'trade-body', 'forum', 'council', 'institute', 'think-tank', 'tank', ...ORG_LEADS],
  ['ministry', 'department', 'office'],
  ['government', 'administration', 'cabinet', 'executive'],
  ['bureau', 'agency', 'service'],
  ['presidency', 'council'],
  ['minister', 'secretary'],
  ['researcher', 'scientist', 'academic', 'professor', 'cryptographer', 'expert', 'lecturer'],
  ['judge', 'magistrate'],
  // "the force" for Thames Valley Police. (A bare "the constabulary" is not read as a description of
  // a body at all yet, so this does not reach it.)
  ['force', 'police', 'constabulary', 'gendarmerie'],
  ['lawyer', 'attorney', 'counsel', 'prosecutor'],
  ['chief', 'head', 'boss', 'director', 'executive', 'ceo', 'president', 'chairman', 'chair'],
];

/** Sentence openers that leave the subject still to come. */
export const OPENERS = new Set(['in', 'on', 'at', 'after', 'before', 'since', 'during', 'for', 'from', 'with', 'without', 'under', 'despite', 'according', 'as', 'by', 'but', 'and', 'so', 'yet', 'however', 'meanwhile', 'also', 'still', 'instead', 'indeed', 'now', 'then', 'later', 'earlier', 'last', 'yesterday', 'today', 'separately', 'asked', 'speaking', 'when', 'while', 'if', 'although', 'though', 'even', 'not', 'once', 'until']);

/** Reference pages a source may be quoted from ("according to X's help centre"): facts, not positions. */
export const REFERENCE_PAGES = /^(?:(?:online |own )?(?:help|support) (?:centre|center|pages?|site|article|documentation)|faq|faqs|documentation|website|web site|terms|privacy policy|user guide|manual|specifications?|data sheet)\b/;

/**
 * Cues of several words, as news phrases support and opposition: each entry is keyed by its
 * first words and matched, anchored, against the next tokens in lower case joined by spaces
 * (analysis/cues.ts). `(?= |$)` keeps a match to whole tokens.
 */
const PHRASAL: Array<{ first: string; re: RegExp; frame: 'say' | 'support' | 'oppose' }> = [
  // "has thrown its weight behind the bill", "threw their support behind", "lent its support to"
  { first: 'thrown threw throw throws throwing put puts lent lend lends', re: /^\S+ (?:\S+ ){0,2}?(?:weight|support|backing) (?:behind|to)(?= |$)/, frame: 'support' },
  // "voiced support for"; "raised concerns about", "sounded the alarm over"
  { first: 'voiced voices voicing expressed expresses expressing declared declares signalled signaled signals pledged raised raises raising sounded sounds', re: /^\S+ (?:\S+ ){0,2}?(?:support|backing|approval|enthusiasm)(?: [”"’'])? (?:for|of)(?= |$)/, frame: 'support' },
  { first: 'voiced voices voicing expressed expresses expressing raised raises raising sounded sounds', re: /^\S+ (?:\S+ ){0,2}?(?:concerns?|alarm|objections?|opposition|doubts?|fears?|misgivings|reservations)(?: [”"’'])? (?:about|over|at|to|regarding|with|on)(?= |$)/, frame: 'oppose' },
  // "has shown its \"total support\" for the initiative", "reiterated its backing for", "gave its approval to"
  { first: 'shown showed shows show reiterated reiterates reaffirmed reaffirms gave given gives offered offers', re: /^\S+ (?:\S+ ){0,4}?(?:support|backing|approval)(?: \S)? (?:for|to)(?= |$)/, frame: 'support' },
  // "expressed its rejection of the proposal", "voiced its condemnation of"
  { first: 'voiced voices voicing expressed expresses expressing declared declares signalled signaled signals', re: /^\S+ (?:\S+ ){0,2}?(?:rejection|disapproval|disagreement|repudiation|condemnation) (?:of|with)(?= |$)/, frame: 'oppose' },
  { first: 'joined joins join joining', re: /^\S+ (?:the )?calls(?= |$)/, frame: 'support' },
  { first: 'joined joins join joining backed echoed', re: /^\S+ (?:the )?(?:criticism|opposition)(?= |$)/, frame: 'oppose' },
  // "hit out at", "took aim at", "pushed back against", "poured cold water on", "balked at"
  { first: 'hit hits lashed lashes lashing', re: /^\S+ out at(?= |$)/, frame: 'oppose' },
  { first: 'took takes taking take', re: /^\S+ aim at(?= |$)/, frame: 'oppose' },
  // "took issue with the clause", "was scathing about the bill", "is critical of the order"
  { first: 'took takes taking take', re: /^\S+ issue with(?= |$)/, frame: 'oppose' },
  // "is in favour of the clause", "spoke in favour of"; "threatened legal action over the order"
  { first: 'is was were are been remains remained spoke speaks speaking', re: /^\S+ (?:(?!not |never |no )\S+ )?in favou?r of(?= |$)/, frame: 'support' },
  { first: 'threatened threatens threatening', re: /^\S+ (?:legal action|court action|to sue|a lawsuit|a legal challenge) (?:over|against)(?= |$)/, frame: 'oppose' },
  { first: 'was is were are been remains remained', re: /^\S+ (?:\S+ )?(?:scathing|critical|dismissive|contemptuous) (?:about|of)(?= |$)/, frame: 'oppose' },
  { first: 'pushed pushes pushing push', re: /^\S+ back (?:against|on)(?= |$)/, frame: 'oppose' },
  { first: 'poured pours pouring', re: /^\S+ cold water on(?= |$)/, frame: 'oppose' },
  { first: 'balked balks baulked baulks railed rails objected objects', re: /^\S+ (?:at|against|to)(?= |$)/, frame: 'oppose' },
  // "was among more than 200 academics who signed a letter …": their letter speaks for them
  { first: 'was is were are', re: /^\S+ among(?= |$)/, frame: 'say' },
  // "is one of the bill's fiercest critics": who someone is, said as their side
  { first: 'was is were are', re: /^\S+ one of(?= |$)/, frame: 'say' },
  // "is quoted as saying that …", "was reported to have said"
  { first: 'was is were are has have', re: /^\S+ (?:been )?(?:quoted|reported|recorded|on record) (?:as saying|as telling|to have said|to have told|as having said)(?= |$)/, frame: 'say' },
  // "issued a statement saying …", "put the case"
  { first: 'issued issues released releases published publishes sent sends', re: /^\S+ an? (?:\S+ )?(?:statement|letter|report|paper|briefing|note|submission|response)(?= |$)/, frame: 'say' },
  { first: 'put puts putting', re: /^\S+ the case(?= |$)/, frame: 'say' },
  // "counsel for the ministry submitted that the provision …": the courts' word for arguing
  { first: 'submitted submits submit', re: /^\S+ that(?= |$)/, frame: 'say' },
  // "hit back within hours, saying …", "fired back"
  { first: 'hit hits fired fires shot shoots', re: /^\S+ back(?= |$)/, frame: 'say' },
  // "launched a legal challenge against the order", "mounted a campaign against", "brought a case against"
  { first: 'launched launches launch mounted mounts mount brought brings bring filed files lodged lodges', re: /^\S+ an? (?:\S+ )?(?:challenge|campaign|case|lawsuit|suit|petition|appeal|complaint|objection) (?:against|to)(?= |$)/, frame: 'oppose' },
  { first: 'launched launches launch mounted mounts mount', re: /^\S+ an? (?:\S+ )?(?:campaign|petition|drive|push) (?:for|in favour of|in support of)(?= |$)/, frame: 'support' },
  // "has been a vocal critic of the bill", "is a longtime supporter of lawful access"
  { first: 'is was were are been remains remained', re: /^\S+ (?:a|an|the|one of the) (?:\S+ ){0,2}?(?:critics?|opponents?|foes?|detractors?) of(?= |$)/, frame: 'oppose' },
  { first: 'is was were are been remains remained', re: /^\S+ (?:a|an|the|one of the) (?:\S+ ){0,2}?(?:supporters?|backers?|champions?|proponents?|advocates?) of(?= |$)/, frame: 'support' },
];

export const PHRASAL_CUES: ReadonlyMap<string, ReadonlyArray<{ re: RegExp; frame: 'say' | 'support' | 'oppose' }>> = (() => {
  const byFirst = new Map<string, Array<{ re: RegExp; frame: 'say' | 'support' | 'oppose' }>>();
  for (const cue of PHRASAL) for (const word of cue.first.split(' ')) byFirst.set(word, [...(byFirst.get(word) ?? []), { re: cue.re, frame: cue.frame }]);
  return byFirst;
})();

/** Support verbs of praise, single words ("hailed the bill"). */
export const PRAISE = words(`hailed hails hailing applauded applauds applauding lauded lauds cheered cheers commended commends`);

/** Groups that speak together when counted ("a coalition of 48 groups", "more than 60 cryptographers"). */
export const COLLECTIVE_HEADS = new Set(['coalition', 'group', 'alliance', 'network', 'consortium', 'collective', 'bloc']);
export const COLLECTIVE_MEMBERS = new Set(['cryptographers', 'researchers', 'academics', 'experts', 'scientists', 'groups', 'organisations', 'organizations', 'companies', 'firms', 'lawmakers', 'mps', 'meps', 'senators', 'campaigners', 'charities', 'ngos', 'technologists', 'engineers', 'professors', 'scholars', 'providers', 'businesses', 'signatories']);
/** Counts that make a group ("two researchers" found something; "48 groups" speak together). */
export const COUNTS = /^(?:[1-9]\d[\d,]*|dozens|hundreds|scores|thousands|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)$/;

/** Words that carry a sentence on past a quoted fragment ("“…” and that …"). */
export const CONTINUATIONS = new Set(['and', 'but', 'or', 'nor', 'that', 'because', 'which', 'while', 'whereas', 'so', 'than', 'if', 'unless']);

/** Heads of unnamed sources ("a senior official at …"). */
export const ANONYMOUS_HEADS = /^(?:official|officials|officer|source|diplomat|executive|insider|aide|adviser|advisor|person|negotiator|investigator|prosecutor|engineer|detective|minister|lawmaker|legislator|staffer|employee|agent|commander)$/;

/**
 * Every word a multi-word cue starts with: the tokenizer asks for each token, and most tokens
 * start none (keep in step with `multiword` in cues.ts; tests/unit/analysis/cues-first-words.test.ts checks).
 */
export const MULTI_STARTS = new Set(`
  according argue argued argues arguing branded call called calling calls came campaigned campaigning campaigns
  come comes coming dubbed dubbing filed files go goes going handed in issued issues labeled labelled labeling labelling branding
  lobbied lobbies lobbying lodged made make makes per point pointed points press pressed presses
  pressing put puts served serves serving side sided sides siding sign signed signs speak speaks
  spoke spoken submitted vote voted votes voting warn warned warning warns went
`.trim().split(/\s+/));

/*
 * The word sets of the multi-word cues (`multiword` in cues.ts), one per test it makes. The sets
 * of a cue's first word ("…_FORMS", "…_VERBS") must also be in MULTI_STARTS above
 * (tests/unit/analysis/cues-first-words.test.ts checks).
 */

/** "In Ruth Adler's view, …": the nouns after the possessive. */
export const VIEW_NOUNS = set(`view opinion words assessment estimation telling account judgment judgement`);
/** "came out against", "spoke out in favour of". */
export const COME_OUT_VERBS = set(`come came comes coming spoke spoken speaks speak`);
/** "called for" (support), "called on X to …". */
export const CALL_FORMS = set(`called calls call calling`);
/** "pointed out", "pointed to". */
export const POINT_FORMS = set(`pointed points point`);
/** "went further". */
export const GO_FORMS = set(`went goes go going`);
/** "as one official put it". */
export const PUT_FORMS = set(`put puts`);
/** "made clear", "made the case". */
export const MAKE_FORMS = set(`made makes make`);
/** "signed a letter". */
export const SIGN_FORMS = set(`signed signs sign`);
/** What is signed, a word or three after "signed a". */
export const SIGNED_DOCUMENTS = set(`letter statement petition declaration`);
/** "warned against". */
export const WARN_FORMS = set(`warned warns warn warning`);
/** "argued against". */
export const ARGUE_FORMS = set(`argued argues argue arguing`);
/** "argued for", "lobbied for", "pressed for". */
export const ARGUE_FOR_VERBS = set(`argued argues argue arguing lobbied lobbies campaigned campaigns pressed presses`);
/** "lobbied against", "campaigned against". */
export const LOBBIED_AGAINST_VERBS = set(`lobbied campaigned lobbying campaigning`);
/** "pressing ahead". */
export const PRESS_FORMS = set(`pressing press presses pressed`);
/** "is pressing EU counterparts to back …": pushing others to adopt something. */
export const PRESS_OTHERS_VERBS = set(`pressing press presses pressed lobbying lobbied lobbies`);
/** What others are pressed to do with a measure ("… to back", "… to adopt"). */
export const PRESSED_TO_ADOPT = set(`back support adopt approve accept pass agree endorse sign introduce require`);
/** "called the plan dangerous", "branded the bill a snooper's charter". */
export const NAMING_VERBS = set(`called calls call calling labelled labeled labelling labeling branded branding dubbed dubbing`);
/** What a naming verb names, right after it. */
export const NAMED_OBJECTS = set(`the it this that them these such any`);
/** "filed an application supporting the petition". */
export const FILE_FORMS = set(`filed files submitted lodged`);
/** One adjective that may stand before the filed document ("filed a separate brief"). */
export const FILING_ADJECTIVES = set(`separate joint formal legal written new second further`);
/** What is filed. */
export const FILED_DOCUMENTS = set(`brief complaint challenge submission lawsuit application petition motion appeal`);
/** A filing "supporting …" takes that side. */
export const FILED_SUPPORTING = set(`supporting backing endorsing`);
/** A filing "opposing …" takes the other side. */
export const FILED_OPPOSING = set(`opposing challenging contesting against`);
/** "served Halden with a technical capability notice": issuing an order is proposing it. */
export const SERVE_FORMS = set(`served serves serving issued issues handed`);
/** "will vote against NC7", "voted for the bill". */
export const VOTE_FORMS = set(`vote votes voted voting`);
/** "has sided with the company". */
export const SIDE_FORMS = set(`sided sides siding side`);
/** "is expected to tell the panel", "is due to argue": a statement announced (before "to"). */
export const ANNOUNCED_BEFORE_TO = set(`expected due set likely poised scheduled going planning plans expects intends likes loves tends used`);

/** Words that stop a proposal's description going back further ("rejected [the plan] put forward by"). */
export const PROPOSAL_STOPS = new Set(['the', 'a', 'an', 'rejected', 'backed', 'opposed', 'supported', 'criticised', 'criticized', 'dismissed', 'welcomed', 'of', 'to', 'by', 'on', 'with', 'for', 'and', 'or', 'its', 'their', 'his', 'her']);

/** "called on governments to explain …": asked to account, not to act. */
export const ASKED_TO_ACCOUNT = new Set(['explain', 'justify', 'clarify', 'answer', 'say', 'set out', 'reconsider', 'consult', 'engage', 'publish', 'reveal', 'disclose', 'listen']);

/** Countries by name, of the nations above ("france", not "french"). */
export const COUNTRIES: ReadonlySet<string> = new Set([...NATION_ADJECTIVE.keys()].filter((k) => PLACES.has(k)));

/** Forms of "to be": before a past participle they make it passive ("was proposed", "was told"). */
export const BE_FORMS = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being']);

/** "Weller was blunter: “…”", "Him sounded undecided: “…”": how a speaker sounded, before their words. */
export const MANNER_VERBS = new Set([...BE_FORMS, 'sounded', 'seemed']);
/** "was more direct", "was even blunter". */
export const DEGREE_WORDS = new Set(['more', 'less', 'even', 'far', 'much']);

/*
 * Word lists of the attribution finder (attributions.ts).
 */

/** "was criticised by X": the passive's agent opposes the subject. */
export const PASSIVE_OPPOSE_VERBS = words(`criticised criticized condemned opposed rejected slammed attacked denounced challenged questioned dismissed decried blasted`);
/** "was welcomed by X": the passive's agent supports the subject. */
export const PASSIVE_SUPPORT_VERBS = words(`welcomed backed supported praised endorsed defended applauded championed`);
/** After a skipped lower-case modifier, these end the search for a mention starting there. */
export const NOT_BEFORE_A_MENTION = set(`the a an said says that and or to of in on`);
/** Words inside a count ("more than 300", "at least 40") that keep a counted group going. */
export const COUNT_MODIFIERS = set(`more than over nearly almost about some around at least of`);
/** "on Tuesday", "last week": the word before a time word between subject and verb. */
export const BEFORE_A_TIME = set(`on last this next in`);
/** "A coalition … led by Parlo urged …": the leader speaks for the group. */
export const LEADING_VERBS = set(`led headed coordinated co-ordinated organised organized convened spearheaded fronted`);
/** 'a blog post titled "We got this wrong"': a title quoted, not a statement (tested on the text before a quote). */
export const TITLED_BEFORE = /\b(?:titled|entitled|headlined|captioned)\s*$/i;
/** "X said so in a statement at the time": all a cue may be followed by when it reports nothing. */
export const CUE_TAIL_WORDS = set(`on in a statement at the time week month year yesterday today`);

/*
 * Word lists of the name and role finder (names.ts).
 */

/** Determiners before a role or a described name ("the", "its", "a"). */
export const DETERMINERS = set(`the its his her their a an this that our`);
/** "CEO of comms firm Open-Xchange": the head of a role is the words before any of these. */
export const ROLE_QUALIFIER = /\s(?:of|at|for|in|with|who|which|whose|that|from|on|used|based)\s/;
/** Words a role description never starts with. */
export const NOT_A_ROLE_START = set(`in at on from with by for as after before during and or but`);
/** Words that end a role description. */
// ("seen by the Review, the association argues that …": the description is the verb's subject, not the Review's role.)
export const ROLE_ENDS_BEFORE = set(`who which whose that said says told argued argues warned warns insisted insists added adds claimed claims stated states wrote writes urged urges maintains maintained believes`);
/** A role that is an honorific alone ("Dr.", "Mr") says nothing. */
export const HONORIFIC_ONLY = /^(?:mr|mrs|ms|miss|dr|prof|sir|dame|lord|lady|barrister|barr|cp|dcp|acp|hon|engr|alhaji|alhaja)\.?$/i;
/** "Lockbox, however, said", "Brightchat, which has …": after the comma behind a sentence's first word. */
export const AFTER_SUBJECT_COMMA = set(`which who however meanwhile though too for in also`);
/** "Quillon has 40 million users": words right after a subject (besides SUBJECT_VERBS). */
export const AFTER_SUBJECT = set(`has had is was will would plans wants now also`);

/*
 * Page structure (article.ts): the tags, class names and labels that set a page's blocks apart.
 */

/** Elements that make a block of text of their own. */
export const BLOCK_TAGS = set(`p li h1 h2 h3 h4 h5 h6 blockquote figcaption caption td th dd dt div section article main body`);
/** Class names of bylines, datelines, captions, tags, sharing and promotion blocks. */
export const META_CLASS = /(?:^|[\s_-])(?:byline|by|author|dateline|meta|timestamp|date|time|credits?|caption|tags?|share|social|related|newsletter|promo|advert|ads?|sponsor|kicker|label|breadcrumbs?|categor(?:y|ies))(?:$|[\s_-])/i;
/** Class names of sub-headings. */
export const HEADING_CLASS = /(?:^|[\s_-])(?:sub-?head(?:ing|line)?|headline|crosshead|inter-?title|section-title)(?:$|[\s_-])/i;
/** A byline's opening ("By …", "Words by …"). */
export const BYLINE_TEXT = /^\s*(?:by|written by|words by|von|par)\s+\S/i;
/** A labelled list that is not the article's text ("Tags: …", "Read more: …"). */
export const META_LABEL = /^\s*(?:tags?|topics?|corrections?|related|read more|see also)\s*:/i;
/** Class names of an interviewer's turns. */
export const PROMPT_CLASS = /(?:^|[\s_-])(?:q|question|interviewer|ask)(?:$|[\s_-])/i;
/** Frequent function words by language, for guessing the language of a page that does not declare it (global: counted with `match`). */
export const LANGUAGE_FUNCTION_WORDS: Array<[string, RegExp]> = [
  ['en', /\b(?:the|and|that|with|said|from|would)\b/g],
  ['fr', /\b(?:le|les|des|est|dans|pour|une|qui)\b/g],
  ['de', /\b(?:der|die|und|das|nicht|mit|ist|sich)\b/g],
  ['nl', /\b(?:het|een|van|niet|zijn|voor|met|dat)\b/g],
  ['es', /\b(?:el|los|las|del|una|para|por|que)\b/g],
  ['it', /\b(?:il|della|che|per|una|sono|gli|non)\b/g],
];

/** A page that says it is an interview (questions and answers printed without quote marks). */
export const INTERVIEW = /\b(?:interview(?:ed)?|Q\s?&\s?A|Q and A|in conversation with|edited for (?:length|clarity)|condensed)\b/i;
/**
 * A transcript's speaker label: "VERBEEK:", "Halvorsen:", "Minister Salinas-Carbajal:",
 * "IOANA DUMBRAVĂ-STOICA (deputy, Forța Civică):" — capitalised words (name particles between),
 * an optional bracket, a colon, then the speech or nothing (the label stands on its own line).
 * Groups: the name, the bracket.
 */
export const TRANSCRIPT_LABEL = /^\s*(\p{Lu}[\p{L}\p{M}'’.-]*(?:\s+(?:\p{Lu}[\p{L}\p{M}'’.-]*|de|da|do|dos|del|della|di|du|van|von|der|den|le|la|al|el|bin|ibn|y)){0,5})\s*(?:\(([^()]{1,80})\))?\s*:(?:\s+(?=\S)|\s*$)/u;
/** What a transcript line may start with before its label: a time ("[09:14]", "10.32am"), a clip marker. */
export const LABEL_PREFIX = /^\s*(?:[[(]?\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?[\])]?\s*)?(?:(?:CLIP|AUDIO|VIDEO|SOUNDBITE|SOT|VOICEOVER|VO)\s*[–—:-]\s*)?/i;
/** Labels of a transcript line that name no speaker. */
export const NOT_A_SPEAKER_LABEL = /^(?:q|a|question|answer|presenter|interviewer|host|co-host|anchor|reporter|journalist|moderator|chair|editor|note|update|watch|listen|read more|related|caption|photo|source|sources|background|context|why it matters|what's next|the bottom line|bottom line|correction|disclosure|clarification|claim|counter-claim|verdict|present|apologies|in attendance|item|tip|warning|update|pinned|breaking|analysis|more|also|see also|result|results|vote|recap|summary|latest|debate|reaction|reactions|key events|timeline|what we know|fact check|explainer|opinion|comment|live)$/i;
/** Labels that ask rather than answer: the host's, the interviewer's, a reporter's ("Reporter (Lima Observer)"). */
export const HOST_LABEL = /^(?:q|question|presenter|interviewer|host|co-host|anchor|reporter|journalist|moderator|(?:madam |mr\.? |the )?(?:chair|chairman|chairwoman|chairperson)|host [a-z]|ceann comhairle|the speaker|mr\.? speaker|madam speaker)$/i;
/** Labels for a voice the bracket names: "Caller (Pauline, St Catherine)". */
export const VOICE_LABEL = /^(?:caller|listener|viewer|texter|audience member|member of the public|resident|parent)$/i;

// --- Formats: transcripts, interviews, letters pages, embedded posts (analysis/transcripts.ts, signatures.ts) ---

/** A newsletter's capitalised item heading ("FJORDPOST SAYS IT'D WALK:") is no one's label. */
export const HEADLINE_WORD = /(?:^|\s)(?:says|said|is|are|was|were|will|would|won't|to|it'd|it's|not|no|meets?|gets?|vs\.?|and|or|for|with|on|in|at|as)(?=\s|$)/i;

/** An office with its holder in brackets, as parliamentary records print it. Groups: office, holder. */
export const OFFICE_LABEL = /^\s*((?:The\s+)?\p{Lu}[^():.!?]{2,90}?)\s*\(((?:Mr|Ms|Mrs|Miss|Dr|Sir|Dame|Lord|Lady|Baroness|Senator|Hon\.?)\s+\p{Lu}[^()]{1,60})\)\s*:(?:\s+(?=\S)|\s*$)/u;

/** "Q: …", "A: …", "Q. …": the page marks its interviewer's and interviewee's turns itself. */
export const QUESTION_MARK = /^\s*Q\s*[:.]\s/;
export const ANSWER_MARK = /^\s*A\s*[:.]\s/;

/** A sentence's verbs: a line that says something is no signature. */
export const STATEMENT_WORD = /(?:^|\s)(?:is|are|was|were|said|says|will|would|has|have|had|can|should|must|do|does|did|not|we|i|this|that)(?=[\s,.;:!?]|$)/i;
/** A letter's opening: "Sir —", "Dear Editor," — a letter even when the page holds only one. */
export const SALUTATION = /^\s*(?:Sir|Madam|Sir or Madam|Dear (?:Sir|Madam|Editor|editor|Sir or Madam)|To the [Ee]ditor)\b/;
/** Writing in the first person, as a letter (or an interview's answers) does. */
export const FIRST_PERSON = /(?:^|[\s(])(?:I|my|we|our|us|me)(?=[\s,.;:!?'’]|$)/;
/** A quotation mark: a news story's closing paragraphs quote people; a letter rarely does. */
export const QUOTE_MARK = /["“”„«»]/;

/** Verbs that put a post or a statement online: what follows the colon is its text. */
export const POSTING_VERBS = new Set(['posted', 'published', 'tweeted', 'shared', 'issued', 'released', 'wrote', 'put']);
/** An embedded post's header: "Lumo ✓ @lumoapp". */
export const HANDLE_LINE = /^\s*\S.{0,60}(?:@\w|✓|✔)[^.!?]{0,40}$/u;

/** Letters after a person's name: membership of a parliament, silk, honours. */
export const POST_NOMINALS = new Set(['mp', 'mep', 'msp', 'td', 'mla', 'mpp', 'mhk', 'mhr', 'kc', 'qc', 'sc', 'obe', 'mbe', 'cbe', 'kbe', 'dbe', 'frs', 'freng', 'bl', 'san', 'ms', 'jp', 'mlc']);

/** An indefinite description ("a large phone maker", "that any firm asked to …") names nobody in particular. */
export const INDEFINITE = /^(?:that\s+|which\s+)?(?:a|an|some|one|another|any)\s/i;
/** "Minister Salinas-Carbajal", "SEN. DIONNE ATHELSTAN-REID": the title is not the name. */
export const TITLE_PREFIX = new RegExp(`^(?:(?:${[...TITLE_WORDS].map((w) => w.replace(/[.]/g, '\\.')).join('|')})\\.?\\s+)+`, 'i');
/** Words an office's name ends in before its holder's name ("Minister of Justice Ana Lopes"). */
export const OFFICE_ENDS = new Set(['state', 'prosecutions', 'prosecution', 'investigation', 'investigations', 'revenue', 'customs', 'corrections', 'justice', 'interior', 'defence', 'defense', 'finance', 'affairs', 'health', 'economy', 'education', 'transport', 'trade', 'industry', 'energy', 'labour', 'labor', 'culture', 'communications', 'telecommunications', 'technology', 'security', 'information', 'police', 'home', 'digitalisation', 'digitalization', 'innovation', 'science', 'agriculture', 'environment', 'tourism', 'development', 'planning', 'commerce', 'treasury', 'government', 'parliament', 'commons', 'aviation', 'fisheries', 'mines', 'mining', 'lands', 'works', 'housing', 'youth', 'sport', 'sports', 'women', 'family', 'children', 'immigration', 'citizenship', 'communication', 'ict', 'posts', 'telecoms', 'media', 'arts', 'heritage', 'infrastructure', 'transportation', 'water', 'forestry', 'climate', 'employment', 'welfare', 'equality', 'veterans', 'digital', 'cybersecurity', 'intelligence', 'interior', 'informatics', 'electronics', 'broadcasting', 'innovation', 'safety', 'liaison', 'services']);

// --- Measures named in an article (analysis/measures.ts) ---

/** "would require …", ", which would introduce …": a description of what the measure does. */
export const DESCRIBES = /^\s*(?:\([^)]{1,20}\)\s*)?(?:,\s*which\s+|,\s*that\s+|\s)(?:would|will|could|is to|aims to|seeks to|sets out to)\s+(.+)$/i;
/** "The clause would require …": the measure re-mentioned by its head noun. */
export const REMENTION = /^\s*(?:the|this|that)\s+(clause|bill|act|amendment|regulation|law|rule|rules|order|proposal|draft)\s+(?:would|will|could)\s+(.+)$/i;

/** The paragraph after a quotation points back to it: "That was the message from …", "So said …", "Those were the words of …". */
export const QUOTE_POINTER = /^\s*(?:(?:that|this|those|these|such)(?:'s|’s| was| is| were| are| came| comes)\b|so (?:said|says|argued|warned|spoke)\b|the (?:speaker|words|voice|warning|message|plea|verdict) (?:was|were|is|are|came)\b)/i;

// Small word sets the analysis tests single words against.
export const NAMING_PARTICIPLES = new Set(['calling', 'describing', 'branding', 'labelling', 'labeling', 'dubbing', 'terming']);
export const TIME_CLAUSE_OPENERS = new Set(['while', 'whereas', 'although', 'though', 'after', 'before', 'when', 'since', 'once', 'as']);
export const TIME_SPANS = new Set(['hours', 'days', 'weeks', 'months', 'moments', 'shortly', 'minutes']);
export const PLACING_PREPOSITIONS = new Set(['of', 'at', 'from', 'in', 'for', 'with']);
export const PLACING_WORDS = new Set(['and', ...PLACING_PREPOSITIONS]);
export const DETERMINERS_OF_BODIES = new Set(['a', 'an', 'the', 'its', 'their']);
export const LETTER_DETERMINERS = new Set(['the', 'this', 'that', 'its', 'their', '\'s', 'open', 'joint']);
export const LETTER_ARTICLES = new Set(['a', 'an', 'the', 'this', 'its', 'their']);
export const LETTER_KINDS = new Set(['open', 'joint', 'public', 'separate', 'second']);
export const VIEW_HEADS = new Set(['view', 'opinion', 'eyes', 'judgement', 'judgment', 'estimation']);
export const ADDRESS_HONORIFICS = new Set(['honour', 'honor', 'excellency', 'lordship', 'ladyship', 'worship']);
export const AUDIENCE_BEFORE = new Set(['to', 'with', 'told', 'tells', 'telling']);
export const LOCATIVE_BEFORE = new Set(['in', 'on', 'at', 'from', 'near', 'outside', 'inside']);
export const WORKPLACE_PREPOSITIONS = new Set(['at', 'in', 'from', 'with', 'of']);
export const AFTER_NAME_CLAUSE = new Set(['who', 'which', 'that', 'said', 'says', 'told']);
export const RESUMING_WORDS = new Set(['now', 'also', 'still', 'currently', 'has', 'had', 'once']);
export const TOPIC_PREPOSITIONS = new Set(['about', 'on', 'over', 'with', 'in', 'for', 'of']);
export const READING_GERUNDS = new Set(['reading', 'making', 'drawing', 'jumping', 'overstating', 'exaggerating']);
export const CLAUSE_BREAKERS = new Set(['who', 'whom', 'which', 'unless', 'because', 'while', 'whereas']);
export const LINKING_WORDS = new Set(['that', 'which', 'would', 'will', 'to']);

// --- Name shapes (analysis/names.ts) ---

/** "Sydney-based", "Alliance-aligned", "Labor-backed": a hyphenated description before a name, never part of it. */
export const DESCRIBED_BY_PLACE = /-(?:based|aligned|backed|led|allied|founded|headquartered|registered)$/;
/** "Opposition MP Lim Zhi Hao", "Parliamentary Secretary …": words that open a title before a name, though alone ("the Opposition") they name a body. */
export const TITLE_MODIFIERS = new Set(['opposition', 'parliamentary']);
/** "In a post afterwards she wrote …": words that open a phrase set before the subject, its comma sometimes left out. */
export const PHRASE_OPENERS = new Set(['in', 'at', 'on', 'during', 'after', 'later', 'asked', 'speaking', 'writing']);
/** "opposition MP Jelena Markovic", "veteran senator Ruth Kahn": a lower-case word that qualifies the title a name carries. */
export const ROLE_MODIFIERS = new Set([...TITLE_MODIFIERS, 'independent', 'veteran', 'backbench', 'ruling', 'ruling-party', 'government', 'coalition', 'junior', 'senior', 'former', 'deputy', 'shadow', 'local', 'state', 'federal', 'regional', 'provincial', 'outgoing', 'incoming', 'centrist', 'conservative', 'liberal', 'socialist', 'nationalist', 'populist', 'first-term', 'long-serving', 'opposition-party', 'left-wing', 'right-wing', 'centre-left', 'centre-right', 'center-left', 'center-right', 'far-left', 'far-right', 'green', 'progressive', 'moderate', 'hardline', 'dissident', 'rebel', 'maverick']);
/** Acronyms of technologies, which name no speaker ("SIM", "IP", "VPN"; lower case). */
export const TECH_ACRONYMS = set(`sim ip vpn vpns sms rcs ott e2ee csam gps imei otp pin faq url urls`);
/** Common irregular past forms, for telling the verb after a subject ("took no position, saying …"). */
export const IRREGULAR_PAST = set(`did took made gave put sent wrote said told spoke came went held left kept set brought found drew threw struck met led fought sought became began broke chose got`);
/** "al-Shawi", "bin-Salem", "el-Sayed": a lower-case particle joined to a surname is a name word. */
export const PARTICLE_SURNAME = /^(?:al|el|ul|ad|ar|as|at|az|an|bin|bint|ibn|abu|ben|ould|ag)-\p{Lu}\p{Ll}/u;
/** Initials of places that end a body's name ("Privacy Collective UK"). */
export const WESTERN_INITIALS = /^(?:UK|US|EU|NZ|U\.S\.|U\.K\.)$/;

/** "senior official at the Ministry of Justice": an unnamed source known only by the body they work in. */
export const UNNAMED_AT = /^(?:(?:senior|junior|top|high-ranking|an?)\s+)*(?:official|officer|source|spokes\w+|adviser|advisor|aide|staffer|employee|insider)\s+(?:at|in|of|from|with)\s+(?:the\s+)?(\p{Lu}.*?)(?:['’]s\s+\p{Ll}.*)?$/u;

/** A name that ends as an outlet does ("the state news agency"): it reports others' words. */
export const NEWS_OUTLET = /\b(?:news agency|news service|newspaper|daily|broadcaster|television|tv|radio|state media|outlet|website)$/i;
