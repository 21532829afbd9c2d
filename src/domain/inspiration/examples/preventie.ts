import type { Example } from '../example.ts';

/** Preventing incidents and noticing risks early (4.1; Bijlage 1 "Preventie", "Risico's signaleren"). */
export const PREVENTIE_EXAMPLES: readonly Example[] = [
  {
    id: 'prev-politie-loopt-binnen',
    phase: 'preventie', kind: 'afspraak', source: 'leidraad',
    text: 'De wijkagent komt ook zonder aanleiding geregeld langs op school, bij voorkeur in uniform. De school laat ouders dit vooraf weten via website, schoolgids of nieuwsbrief.',
  },
  {
    id: 'prev-gedrag-herkennen',
    phase: 'preventie', kind: 'afspraak', source: 'leidraad-bijlage',
    text: 'Het personeel kan soorten onveilig en strafbaar gedrag uit elkaar houden, en weet bij welk ongewenst gedrag altijd wordt ingegrepen en wanneer ingrijpen een keuze is.',
  },
  {
    id: 'prev-training-personeel',
    phase: 'preventie', kind: 'afspraak', source: 'leidraad',
    text: 'Medewerkers krijgen geregeld training, bijvoorbeeld in het herkennen van problemen, omgaan met agressie en het oplossen van conflicten.',
  },
  {
    id: 'prev-samenwerking-bekend',
    phase: 'preventie', kind: 'actie', source: 'leidraad-bijlage',
    text: 'De school zet de samenwerking met de politie in de schoolgids en op de website.',
  },
  {
    id: 'prev-bekend-gezicht',
    phase: 'preventie', kind: 'afspraak', source: 'leidraad-bijlage',
    text: 'Bij een bezoek maakt de politiecontactpersoon bewust een praatje met leerlingen. Zo wordt de politie een bekend gezicht en geeft een bezoek bij een incident minder onrust.',
  },
  {
    id: 'prev-meldklimaat',
    phase: 'preventie', kind: 'afspraak', source: 'leidraad-bijlage',
    text: 'De school zorgt dat personeel, leerlingen en buurtbewoners zich vrij voelen om een incident te melden.',
  },
  {
    id: 'prev-beloning',
    phase: 'preventie', kind: 'afspraak', source: 'leidraad-bijlage',
    text: 'Blijft het op school rustig en veilig, dan beloont de school de leerlingen, bijvoorbeeld met een schoolfeest.',
  },
  {
    id: 'prev-bereikbaar',
    phase: 'preventie', kind: 'afspraak', source: 'leidraad-bijlage',
    text: 'De contactpersonen zorgen dat ze elkaar goed kunnen bereiken: ze kennen elkaars nummers en werkdagen.',
  },
  {
    id: 'prev-gedragsregels',
    phase: 'preventie', kind: 'afspraak', source: 'leidraad-bijlage',
    text: 'De school heeft heldere, opgeschreven gedragsregels voor iedereen en houdt de grenzen consequent aan.',
  },
  {
    id: 'prev-huisregels',
    phase: 'preventie', kind: 'afspraak', source: 'dijk-en-waard',
    text: 'Met vaste huisregels kan de school ongewenst gedrag direct en consequent aanpakken, zodat iedereen weet dat zulk gedrag niet wordt geaccepteerd.',
  },
  {
    id: 'prev-verboden-middelen',
    phase: 'preventie', kind: 'afspraak', source: 'dijk-en-waard', themes: ['alcohol-drugs', 'wapens'],
    text: 'Roken, vapen, alcohol, drugs (ook lachgas), vuurwerk en wapens zoals messen zijn op school verboden; de schoolregels zeggen dat duidelijk.',
  },
  {
    id: 'prev-ons-kent-ons',
    phase: 'preventie', kind: 'actie', source: 'nji',
    text: 'We maken een overzicht van onze samenwerkingspartners: wie ze zijn, wat ze doen en wat we samen doen, met alle afkortingen uitgeschreven.',
  },
  {
    id: 'prev-aanspreekpunt',
    phase: 'preventie', kind: 'afspraak', source: 'almere',
    text: 'De school maakt voor iedereen duidelijk bij wie men terechtkan met vragen of zorgen over veiligheid, en zet dat in het veiligheidsplan.',
  },
  {
    id: 'prev-ouders-informeren',
    phase: 'preventie', kind: 'afspraak', source: 'west-friesland',
    text: 'De school vertelt ouders en leerlingen wat er met de politie is afgesproken: wie het aanspreekpunt voor veiligheid is, welk gedrag niet kan en dat strafbare feiten worden gemeld.',
  },
  {
    id: 'prev-communicatieparagraaf',
    phase: 'preventie', kind: 'actie', source: 'almere',
    text: 'Gemeente, school en politie schrijven samen een korte tekst over hun samenwerking, die de school met ouders deelt.',
  },
  {
    id: 'sig-redelijk-vermoeden',
    phase: 'signaleren', kind: 'afspraak', source: 'leidraad-bijlage',
    text: 'Vermoedt de school redelijkerwijs dat er een strafbaar feit is gepleegd of dreigt, dan belt de schoolcontactpersoon de politiecontactpersoon.',
  },
  {
    id: 'sig-altijd-melden',
    phase: 'signaleren', kind: 'afspraak', source: 'west-friesland',
    text: 'Ziet of vermoedt de school een bedreiging van de veiligheid in of om school, of crimineel gedrag van leerlingen of anderen, dan meldt zij dat altijd bij de politie en overlegt zo nodig over maatregelen.',
  },
  {
    id: 'sig-alle-medewerkers',
    phase: 'signaleren', kind: 'afspraak', source: 'leidraad-bijlage',
    text: 'Alle medewerkers kunnen risico’s herkennen en bespreekbaar maken; de schoolleiding steunt hen daar actief in.',
  },
  {
    id: 'sig-afwijkend-gedrag',
    phase: 'signaleren', kind: 'afspraak', source: 'leidraad-bijlage',
    text: 'Opvallend gedrag, zoals intimideren, een grote mond of een plotselinge verandering in kleding of verzorging, wordt opgemerkt en genoteerd.',
  },
  {
    id: 'sig-signalen-combineren',
    phase: 'signaleren', kind: 'afspraak', source: 'leidraad-bijlage',
    text: 'Maken we ons zorgen over een leerling, dan leggen we signalen van school, thuis en vrije tijd naast elkaar, bijvoorbeeld in het zorg- en adviesteam of het sociaal wijkteam.',
  },
  {
    id: 'sig-politie-meldt-buiten',
    phase: 'signaleren', kind: 'afspraak', source: 'leidraad-bijlage',
    text: 'Gedraagt een leerling zich buiten school zo dat het de veiligheid op school kan raken, dan laat de politie dat de school weten en bepalen we samen de aanpak. Zo nodig horen ook gemeente, zorgteam of jeugdreclassering het.',
  },
  {
    id: 'sig-politie-in-overleg',
    phase: 'signaleren', kind: 'afspraak', source: 'leidraad-bijlage',
    text: 'Als het nodig is en we het er allebei over eens zijn, schuift de politie aan bij een overleg van de school, zoals het zorg- en adviesteam.',
  },
  {
    id: 'sig-politie-hoort-iets',
    phase: 'signaleren', kind: 'afspraak', source: 'leidraad-bijlage',
    text: 'Krijgt de politie signalen over onveiligheid op school, dan neemt zij altijd contact op met de schoolcontactpersoon.',
  },
  {
    id: 'sig-vroeg-overleggen',
    phase: 'signaleren', kind: 'afspraak', source: 'almere',
    text: 'Bij zorgen over een leerling, zoals een zorgelijke thuissituatie of risicogedrag, kan de school naast de meldcode ook vroeg (desnoods anoniem) overleggen met de politiecontactpersoon.',
  },
  {
    id: 'sig-signaleringsapp',
    phase: 'signaleren', kind: 'afspraak', source: 'dijk-en-waard',
    text: 'Schoolleiders of ondersteuningscoördinatoren en de jeugdagenten delen signalen die meerdere scholen raken in een gezamenlijke appgroep, zonder persoonsgegevens.',
  },
  {
    id: 'sig-jongerenwerk',
    phase: 'signaleren', kind: 'afspraak', source: 'west-friesland',
    text: 'Jongerenwerkers die weten van strafbare feiten door jongeren, lichten school en politie in en delen uit zichzelf de trends die ze zien.',
  },
  {
    id: 'sig-eerste-signalen',
    phase: 'signaleren', kind: 'afspraak', source: 'nji',
    text: 'We letten samen op eerste signalen, zoals verzuim, snel dalende cijfers, vaak uit de les gestuurd worden, rondhangen op verboden plekken en onbekende jongeren rond de school.',
  },
  {
    id: 'sig-fasekaartje',
    phase: 'signaleren', kind: 'afspraak', source: 'nji',
    text: 'Bij een signaal schatten we samen in hoe ernstig het is met het fasekaartje, en betrekken we zo nodig jeugdhulp via de zorg- of veiligheidscoördinator.',
  },
  {
    id: 'sig-veilig-thuis',
    phase: 'signaleren', kind: 'afspraak', source: 'nji',
    text: 'De school nodigt Veilig Thuis uit, houdt dat contact warm en gebruikt de meldcode huiselijk geweld en kindermishandeling.',
  },
];
