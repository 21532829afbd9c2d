import { describe, expect, it } from 'vitest';
import { BRONNEN_PANEL } from './bronnenPanel.ts';
import { CYBERPESTEN_PANEL } from './cyberpestenPanel.ts';
import { INFO_PANELS } from './topics.ts';
import { PHASE_CARD_SOURCE } from './phaseCard.ts';

/** Bijlage 2 of the guide, as it names its sources (the spec for the "Bronnen" panel). */
const BIJLAGE_2 = [
  'Handreiking Veilig rond en in school (VRIS)',
  'Informatieblad Aangifte doen binnen het onderwijs',
  'Informatieblad Meld- en aangifteplicht bij zedenmisdrijven',
  'Informatieblad Omgaan met media bij incidenten',
  'Informatieblad Politie als partner in schoolveiligheid',
  'Veiligheid in verbinding, hoe werkt het?',
  'Veiligheidskaart (Kwaliteitsteams)',
  'Visie en ambitie Politie en schoolveiligheid, Nationale Politie',
  'Afsprakenformulier politie en schoolveiligheid (vo/mbo)',
  'Checklist invoering controle op wapenbezit binnen scholen, Bureau Beke',
  'Incidentprotocollen, gemeente Rotterdam',
  'Convenant veilig in en om school, regio Midden-Limburg',
  'Jongerenrechtbanken',
  'Digitaal veiligheidsplan',
];

/** Every web link in the guide: each must be reachable from some panel. */
const GUIDE_LINKS = [
  'autoriteitpersoonsgegevens.nl/nl/onderwerpen/onderwijs',
  'autoriteitpersoonsgegevens.nl/nl/onderwerpen/cameratoezicht/cameratoezicht-op-school',
  'www.jongerenrechtbanken.nl',
  'www.nji.nl/nl/Download-NJi/Publicatie-NJi/Handreiking-gegevensuitwisseling.pdf',
  'www.nji.nl/nl/Download-NJi/Publicatie-NJi/Veiligheid-in-verbinding,-hoe-werkt-het.pdf',
  'www.nji.nl/nl/Download-NJi/Publicatie-NJi/Veiligheidskaart_checklist_2010.pdf',
  'www.soml.nl/wp-content/uploads/2016/09/convenant-Veiligheid-in-en-om-school-VO-VSO-MBO.pdf',
  'www.wegwijzerjeugdenveiligheid.nl/fileadmin/w/wegwijzerjeugdenveiligheid_nl/Foto-s/Onderwerpen/handboek_vris_vo_2011.pdf',
  'hetccv.nl/fileadmin/Bestanden/Onderwerpen/Geweld_op_school/incidentenprotocollen.pdf',
  'hetccv.nl/onderwerpen/geweld-op-school/documenten/politie-en-schoolveiligheid-visie-en-ambitie/',
  'hetccv.nl/onderwerpen/geweld-op-school/praktijkvoorbeelden/checklist-invoering-controle-op-wapenbezit-scholen/',
  'www.digitaalveiligheidsplan.nl',
  'www.onderwijsinspectie.nl/onderwerpen/sociale-veiligheid',
  'www.politie.nl/binaries/content/assets/politie/mijn-buurt/wijkprojecten/05---amsterdam/schoolveiligheid/politie_en_schoolveiligheid_afsprakenformulier_vo_en_mbo.doc',
  'www.schoolenveiligheid.nl/actueel/wettelijke-zorgplicht-sociale-veiligheid/',
  'www.schoolenveiligheid.nl/mbo/thema/misbruik-sociale-media/#aanpak',
  'www.schoolenveiligheid.nl/po-vo/kennisbank/advies-en-begeleiding-op-locatie/',
  'www.schoolenveiligheid.nl/po-vo/kennisbank/leerlingen-en-sociale-media-po/',
  'www.schoolenveiligheid.nl/po-vo/kennisbank/leerlingen-en-sociale-media-vo/',
  'www.schoolenveiligheid.nl/po-vo/kennisbank/meld-en-aangifteplicht/',
  'www.schoolenveiligheid.nl/po-vo/kennisbank/wet-bescherming-persoonsgegevens-wbp/',
  'www.schoolenveiligheid.nl/po-vo/thema/calamiteiten-2/',
  'www.schoolenveiligheid.nl/po-vo/wp-content/uploads/sites/2/2015/02/Omgaan-met-de-media-bij-incidenten.pdf',
  'www.schoolenveiligheid.nl/po-vo/wp-content/uploads/sites/2/2015/02/aangifte-doen-binnen-het-onderwijs.pdf',
  'www.schoolenveiligheid.nl/po-vo/wp-content/uploads/sites/2/2015/02/politie-als-partner.pdf',
];

const linksOf = (panel: (typeof INFO_PANELS)[keyof typeof INFO_PANELS]) => [
  ...panel.sources,
  ...panel.sections.flatMap((section) => section.links ?? []),
];

describe('the guide whole: Bijlage 2 and its links', () => {
  it('lists every source of Bijlage 2, each with its address', () => {
    const listed = BRONNEN_PANEL.sections.flatMap((section) => section.links ?? []);
    for (const name of BIJLAGE_2) {
      const source = listed.find((s) => s.name.startsWith(name));
      expect(source, name).toBeDefined();
      expect(source?.url, name).toMatch(/^https?:\/\//);
    }
    expect(listed).toHaveLength(BIJLAGE_2.length);
  });

  it('has the Cyberpesten box with its three links', () => {
    expect(CYBERPESTEN_PANEL.title).toBe('Cyberpesten');
    expect(CYBERPESTEN_PANEL.intro).toContain('kader');
    expect(CYBERPESTEN_PANEL.sources.map((s) => s.url)).toEqual([
      expect.stringContaining('leerlingen-en-sociale-media-po'),
      expect.stringContaining('leerlingen-en-sociale-media-vo'),
      expect.stringContaining('misbruik-sociale-media'),
    ]);
  });

  it('reaches every web link the guide gives from some panel', () => {
    const urls = [...Object.values(INFO_PANELS).flatMap(linksOf), PHASE_CARD_SOURCE].map((s) => s.url?.replace(/^https?:\/\//, '').replace(/\/$/, ''));
    for (const link of GUIDE_LINKS) expect(urls, link).toContain(link.replace(/\/$/, ''));
  });
});
