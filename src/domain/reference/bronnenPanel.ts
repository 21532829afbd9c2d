import type { InfoPanel } from './referenceTypes.ts';
import { REFERENCE_TITLES } from './topicTitles.ts';

/** The guide's Bijlage 2 "Bronnen en naslagwerk": every source it names, grouped as there, with its address. */
export const BRONNEN_PANEL: InfoPanel = {
  title: REFERENCE_TITLES.bronnen,
  intro: 'Alles wat de leidraad in bijlage 2 noemt om verder te lezen, per organisatie. De links openen buiten de app en werken alleen met internet.',
  sections: [
    {
      heading: 'Centrum voor Criminaliteitspreventie en Veiligheid (CCV)',
      links: [
        {
          name: 'Handreiking Veilig rond en in school (VRIS)',
          url: 'http://www.wegwijzerjeugdenveiligheid.nl/fileadmin/w/wegwijzerjeugdenveiligheid_nl/Foto-s/Onderwerpen/handboek_vris_vo_2011.pdf',
        },
      ],
    },
    {
      heading: 'Stichting School en Veiligheid (SSV)',
      links: [
        {
          name: 'Informatieblad Aangifte doen binnen het onderwijs',
          url: 'https://www.schoolenveiligheid.nl/po-vo/wp-content/uploads/sites/2/2015/02/aangifte-doen-binnen-het-onderwijs.pdf',
        },
        {
          name: 'Informatieblad Meld- en aangifteplicht bij zedenmisdrijven',
          url: 'https://www.schoolenveiligheid.nl/po-vo/kennisbank/meld-en-aangifteplicht/',
        },
        {
          name: 'Informatieblad Omgaan met media bij incidenten',
          url: 'https://www.schoolenveiligheid.nl/po-vo/wp-content/uploads/sites/2/2015/02/Omgaan-met-de-media-bij-incidenten.pdf',
        },
        {
          name: 'Informatieblad Politie als partner in schoolveiligheid',
          url: 'https://www.schoolenveiligheid.nl/po-vo/wp-content/uploads/sites/2/2015/02/politie-als-partner.pdf',
        },
      ],
    },
    {
      heading: 'Nederlands Jeugdinstituut (NJi)',
      links: [
        {
          name: 'Veiligheid in verbinding, hoe werkt het?',
          url: 'http://www.nji.nl/nl/Download-NJi/Publicatie-NJi/Veiligheid-in-verbinding,-hoe-werkt-het.pdf',
        },
        {
          name: 'Veiligheidskaart (Kwaliteitsteams)',
          url: 'http://www.nji.nl/nl/Download-NJi/Publicatie-NJi/Veiligheidskaart_checklist_2010.pdf',
        },
      ],
    },
    {
      heading: 'Politie',
      links: [
        {
          name: 'Visie en ambitie Politie en schoolveiligheid, Nationale Politie',
          url: 'https://hetccv.nl/onderwerpen/geweld-op-school/documenten/politie-en-schoolveiligheid-visie-en-ambitie/',
        },
        {
          name: 'Afsprakenformulier politie en schoolveiligheid (vo/mbo)',
          url: 'https://www.politie.nl/binaries/content/assets/politie/mijn-buurt/wijkprojecten/05---amsterdam/schoolveiligheid/politie_en_schoolveiligheid_afsprakenformulier_vo_en_mbo.doc',
        },
      ],
    },
    {
      heading: 'Overig',
      links: [
        {
          name: 'Checklist invoering controle op wapenbezit binnen scholen, Bureau Beke',
          url: 'https://hetccv.nl/onderwerpen/geweld-op-school/praktijkvoorbeelden/checklist-invoering-controle-op-wapenbezit-scholen/',
        },
        { name: 'Incidentprotocollen, gemeente Rotterdam', url: 'https://hetccv.nl/fileadmin/Bestanden/Onderwerpen/Geweld_op_school/incidentenprotocollen.pdf' },
        {
          name: 'Convenant veilig in en om school, regio Midden-Limburg',
          url: 'http://www.soml.nl/wp-content/uploads/2016/09/convenant-Veiligheid-in-en-om-school-VO-VSO-MBO.pdf',
        },
        { name: 'Jongerenrechtbanken', url: 'http://www.jongerenrechtbanken.nl/' },
      ],
    },
    {
      heading: 'Hulpmiddelen',
      links: [{ name: 'Digitaal veiligheidsplan: afspraken vastleggen, speciaal voor scholen', url: 'https://www.digitaalveiligheidsplan.nl/' }],
    },
  ],
  sources: [{ name: 'Gespreksleidraad Samen voor een veilige school, bijlage 2' }],
};
