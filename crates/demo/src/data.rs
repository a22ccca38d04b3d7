//! Tables behind the sample data: districts, towns, service templates and organizations.
//!
//! Everything here is invented sample data ("Beispieldaten"). Towns, postal codes and
//! coordinates are real (GeoNames, CC BY 4.0); organizations, streets, phone numbers,
//! e-mail addresses and websites are not.

/// The 14 districts (Landkreise and kreisfreie Städte) of Sachsen-Anhalt by their official
/// names, in the order of their official keys 15001 … 15091; used as `address.region` and
/// `service_area.name`.
pub(super) const DISTRICTS: &[&str] = &[
    "Stadt Dessau-Roßlau",
    "Stadt Halle (Saale)",
    "Landeshauptstadt Magdeburg",
    "Altmarkkreis Salzwedel",
    "Landkreis Anhalt-Bitterfeld",
    "Landkreis Börde",
    "Burgenlandkreis",
    "Landkreis Harz",
    "Landkreis Jerichower Land",
    "Landkreis Mansfeld-Südharz",
    "Saalekreis",
    "Salzlandkreis",
    "Landkreis Stendal",
    "Landkreis Wittenberg",
];

const DE: usize = 0;
const HAL: usize = 1;
const MD: usize = 2;
const SAW: usize = 3;
const ABI: usize = 4;
const BK: usize = 5;
const BLK: usize = 6;
const HZ: usize = 7;
const JL: usize = 8;
const MSH: usize = 9;
const SK: usize = 10;
const SLK: usize = 11;
const SDL: usize = 12;
const WB: usize = 13;

/// A town (or part of a city) with a real postal code and its centroid.
pub(super) struct Town {
    pub key: &'static str,
    pub city: &'static str,
    pub postal_code: &'static str,
    /// Index into [`DISTRICTS`].
    pub district: usize,
    pub latitude: f64,
    pub longitude: f64,
    /// Has trams (the three kreisfreie Städte).
    pub urban: bool,
}

const fn t(
    key: &'static str,
    city: &'static str,
    postal_code: &'static str,
    district: usize,
    latitude: f64,
    longitude: f64,
) -> Town {
    Town {
        key,
        city,
        postal_code,
        district,
        latitude,
        longitude,
        urban: district == DE || district == HAL || district == MD,
    }
}

/// Postal codes and centroids from `data/geo/zipcodes.de.csv` (GeoNames, CC BY 4.0).
pub(super) const TOWNS: &[Town] = &[
    t(
        "halle-mitte",
        "Halle (Saale)",
        "06108",
        HAL,
        51.4830,
        11.9720,
    ),
    t(
        "halle-sued",
        "Halle (Saale)",
        "06110",
        HAL,
        51.4701,
        11.9675,
    ),
    t("halle-ost", "Halle (Saale)", "06112", HAL, 51.4753, 11.9973),
    t(
        "halle-nord",
        "Halle (Saale)",
        "06114",
        HAL,
        51.5034,
        11.9622,
    ),
    t(
        "halle-neustadt",
        "Halle (Saale)",
        "06122",
        HAL,
        51.4804,
        11.9215,
    ),
    t(
        "halle-suedstadt",
        "Halle (Saale)",
        "06130",
        HAL,
        51.4410,
        11.9856,
    ),
    t("md-altstadt", "Magdeburg", "39104", MD, 52.1243, 11.6322),
    t("md-nord", "Magdeburg", "39106", MD, 52.1469, 11.6498),
    t("md-stadtfeld", "Magdeburg", "39108", MD, 52.1333, 11.6167),
    t("md-sudenburg", "Magdeburg", "39112", MD, 52.1104, 11.6011),
    t("md-neustadt", "Magdeburg", "39124", MD, 52.1638, 11.6333),
    t("md-olvenstedt", "Magdeburg", "39130", MD, 52.1561, 11.5789),
    t(
        "dessau-nord",
        "Dessau-Roßlau",
        "06844",
        DE,
        51.8441,
        12.2475,
    ),
    t(
        "dessau-mitte",
        "Dessau-Roßlau",
        "06842",
        DE,
        51.8231,
        12.2598,
    ),
    t(
        "dessau-sued",
        "Dessau-Roßlau",
        "06847",
        DE,
        51.8221,
        12.1917,
    ),
    t("rosslau", "Dessau-Roßlau", "06862", DE, 51.9499, 12.3050),
    t("salzwedel", "Salzwedel", "29410", SAW, 52.8544, 11.1525),
    t("gardelegen", "Gardelegen", "39638", SAW, 52.5252, 11.3952),
    t("kloetze", "Klötze", "38486", SAW, 52.6272, 11.1642),
    t(
        "bitterfeld",
        "Bitterfeld-Wolfen",
        "06749",
        ABI,
        51.6178,
        12.3069,
    ),
    t(
        "wolfen",
        "Bitterfeld-Wolfen",
        "06766",
        ABI,
        51.6612,
        12.2687,
    ),
    t("koethen", "Köthen (Anhalt)", "06366", ABI, 51.7519, 11.9709),
    t("zerbst", "Zerbst/Anhalt", "39261", ABI, 51.9662, 12.0852),
    t(
        "haldensleben",
        "Haldensleben",
        "39340",
        BK,
        52.3006,
        11.4303,
    ),
    t(
        "oschersleben",
        "Oschersleben (Bode)",
        "39387",
        BK,
        52.0304,
        11.2290,
    ),
    t(
        "wanzleben",
        "Wanzleben-Börde",
        "39164",
        BK,
        52.0609,
        11.4408,
    ),
    t("wolmirstedt", "Wolmirstedt", "39326", BK, 52.2486, 11.6294),
    t(
        "naumburg",
        "Naumburg (Saale)",
        "06618",
        BLK,
        51.1499,
        11.8098,
    ),
    t("weissenfels", "Weißenfels", "06667", BLK, 51.2015, 11.9684),
    t("zeitz", "Zeitz", "06712", BLK, 51.0496, 12.1369),
    t(
        "hohenmoelsen",
        "Hohenmölsen",
        "06679",
        BLK,
        51.1577,
        12.1000,
    ),
    t("halberstadt", "Halberstadt", "38820", HZ, 51.8956, 11.0562),
    t("wernigerode", "Wernigerode", "38855", HZ, 51.8365, 10.7822),
    t("quedlinburg", "Quedlinburg", "06484", HZ, 51.7884, 11.1501),
    t(
        "blankenburg",
        "Blankenburg (Harz)",
        "38889",
        HZ,
        51.7902,
        10.9551,
    ),
    t("burg", "Burg", "39288", JL, 52.2667, 11.8631),
    t("genthin", "Genthin", "39307", JL, 52.4067, 12.1592),
    t(
        "sangerhausen",
        "Sangerhausen",
        "06526",
        MSH,
        51.4722,
        11.2953,
    ),
    t(
        "eisleben",
        "Lutherstadt Eisleben",
        "06295",
        MSH,
        51.5258,
        11.5345,
    ),
    t("mansfeld", "Mansfeld", "06343", MSH, 51.5923, 11.4522),
    t("merseburg", "Merseburg", "06217", SK, 51.3548, 11.9892),
    t("querfurt", "Querfurt", "06268", SK, 51.3812, 11.6005),
    t("leuna", "Leuna", "06237", SK, 51.3178, 12.0159),
    t(
        "bernburg",
        "Bernburg (Saale)",
        "06406",
        SLK,
        51.7946,
        11.7401,
    ),
    t(
        "aschersleben",
        "Aschersleben",
        "06449",
        SLK,
        51.7574,
        11.4608,
    ),
    t(
        "schoenebeck",
        "Schönebeck (Elbe)",
        "39218",
        SLK,
        52.0183,
        11.7240,
    ),
    t("stassfurt", "Staßfurt", "39418", SLK, 51.8519, 11.5851),
    t("stendal", "Stendal", "39576", SDL, 52.6069, 11.8587),
    t(
        "tangermuende",
        "Tangermünde",
        "39590",
        SDL,
        52.5446,
        11.9765,
    ),
    t("havelberg", "Havelberg", "39539", SDL, 52.8309, 12.0755),
    t(
        "osterburg",
        "Osterburg (Altmark)",
        "39606",
        SDL,
        52.7872,
        11.7530,
    ),
    t(
        "wittenberg",
        "Lutherstadt Wittenberg",
        "06886",
        WB,
        51.8744,
        12.6060,
    ),
    t("jessen", "Jessen (Elster)", "06917", WB, 51.8136, 12.9874),
    t(
        "graefenhainichen",
        "Gräfenhainichen",
        "06773",
        WB,
        51.7289,
        12.4565,
    ),
];

/// Languages with their German names (ISO 639 codes).
pub(super) const LANGUAGES: &[(&str, &str)] = &[
    ("de", "Deutsch"),
    ("en", "Englisch"),
    ("ar", "Arabisch"),
    ("fa", "Persisch (Farsi)"),
    ("prs", "Dari"),
    ("ps", "Paschtu"),
    ("uk", "Ukrainisch"),
    ("ru", "Russisch"),
    ("tr", "Türkisch"),
    ("ku", "Kurdisch (Kurmandschi)"),
    ("ti", "Tigrinya"),
    ("so", "Somali"),
    ("fr", "Französisch"),
    ("es", "Spanisch"),
    ("pl", "Polnisch"),
    ("ro", "Rumänisch"),
    ("bg", "Bulgarisch"),
    ("hu", "Ungarisch"),
    ("vi", "Vietnamesisch"),
    ("he", "Hebräisch"),
];

/// How a service can be reached besides in person.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum Remote {
    None,
    Phone,
    Online,
    PhoneOnline,
}

/// Which kind of weekly timetable a service has.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum Hours {
    /// Consultation hours, one of several patterns.
    Counselling,
    /// Office hours of a public authority.
    Office,
    /// Daytime language course, Monday to Friday.
    Course,
    /// Evening and Saturday course.
    Evening,
    /// Drop-in day centre, every weekday.
    DropIn,
    /// Reachable by phone day and night (women's shelter).
    AroundTheClock,
}

/// One cost option of a service.
pub(super) struct Cost {
    pub option: &'static str,
    pub amount: f64,
    pub description: &'static str,
}

const FREE: &[Cost] = &[Cost {
    option: "kostenlos",
    amount: 0.0,
    description: "Die Beratung ist kostenlos und vertraulich.",
}];

const COURSE_COSTS: &[Cost] = &[
    Cost {
        option: "kostenlos mit Kostenbefreiung",
        amount: 0.0,
        description: "Kostenfrei bei Bezug von Bürgergeld, Sozialhilfe oder Leistungen nach dem \
                      Asylbewerberleistungsgesetz (Befreiung beim Bundesamt beantragen).",
    },
    Cost {
        option: "Eigenanteil je Unterrichtsstunde",
        amount: 2.29,
        description: "Kostenbeitrag für Teilnehmende ohne Kostenbefreiung; die Hälfte wird bei \
                      erfolgreichem Abschluss innerhalb von zwei Jahren erstattet.",
    },
];

const FREE_TEXT: &str = "Kostenlos.";

/// A kind of service as it is offered by many organizations.
pub(super) struct Template {
    pub key: &'static str,
    /// Service-kind code of the shared vocabulary (`kind:…`).
    pub kind: &'static str,
    pub name: &'static str,
    pub alternate_name: &'static str,
    /// Plain German, without the "Beispieldaten: " prefix.
    pub description: &'static str,
    pub eligibility: &'static str,
    pub application: &'static str,
    pub fees: &'static str,
    pub costs: &'static [Cost],
    pub needs: &'static [&'static str],
    pub targets: &'static [&'static str],
    /// Languages always offered (besides the organization's own).
    pub languages: &'static [&'static str],
    /// Note for the languages other than German (e.g. "mit Sprachmittlung").
    pub language_note: &'static str,
    pub minimum_age: Option<u8>,
    pub maximum_age: Option<u8>,
    pub remote: Remote,
    pub statewide: bool,
    pub interpretation: &'static str,
    pub wait_time: &'static str,
    pub hours: Hours,
}

const BASE: Template = Template {
    key: "",
    kind: "",
    name: "",
    alternate_name: "",
    description: "",
    eligibility: "",
    application: "Terminvereinbarung telefonisch, per E-Mail oder persönlich in der offenen \
                  Sprechstunde.",
    fees: FREE_TEXT,
    costs: FREE,
    needs: &[],
    targets: &[],
    languages: &["de"],
    language_note: "",
    minimum_age: None,
    maximum_age: None,
    remote: Remote::None,
    statewide: false,
    interpretation: "",
    wait_time: "",
    hours: Hours::Counselling,
};

const INTERPRETERS: &[&str] = &[
    "de", "en", "ar", "fa", "prs", "ku", "ti", "so", "uk", "ru", "tr", "fr",
];

pub(super) const TEMPLATES: &[Template] = &[
    Template {
        key: "mbe",
        kind: "kind:mbe",
        name: "Migrationsberatung für erwachsene Zuwanderer (MBE)",
        alternate_name: "MBE",
        description: "Die Migrationsberatung unterstützt erwachsene Zugewanderte in den ersten \
                      Jahren in Deutschland bei Fragen zu Aufenthalt, Integrationskurs, Arbeit, \
                      Wohnen und Behördenbriefen. Gemeinsam wird ein persönlicher Förderplan \
                      erstellt; bei besonderen Problemen vermittelt die Beratung an Fachdienste \
                      weiter.",
        eligibility: "Zugewanderte ab 27 Jahren, auch Spätaussiedlerinnen und Spätaussiedler \
                      sowie Bürgerinnen und Bürger der EU; vorrangig in den ersten drei Jahren \
                      nach der Einreise.",
        application: "Termine telefonisch, per E-Mail oder in der offenen Sprechstunde. Bitte \
                      Pass oder Aufenthaltsdokument und aktuelle Briefe von Behörden mitbringen.",
        needs: &[
            "need:residence",
            "need:everyday-life",
            "need:language",
            "need:work",
        ],
        targets: &["target:adults", "target:eu-citizens", "target:refugees"],
        languages: &["de", "en"],
        minimum_age: Some(27),
        remote: Remote::Online,
        interpretation: "Bei Bedarf wird eine Sprachmittlung organisiert, auch per Telefon oder \
                         Video.",
        ..BASE
    },
    Template {
        key: "jmd",
        kind: "kind:jmd",
        name: "Jugendmigrationsdienst (JMD)",
        alternate_name: "JMD",
        description: "Der Jugendmigrationsdienst begleitet junge Menschen mit \
                      Migrationsgeschichte bei Schule, Ausbildung, Studium und Beruf. Neben \
                      Einzelberatung gibt es Gruppenangebote, Bewerbungstrainings und \
                      Unterstützung für Eltern.",
        eligibility: "Junge Zugewanderte von 12 bis 27 Jahren unabhängig vom Aufenthaltsstatus \
                      sowie ihre Eltern.",
        needs: &[
            "need:education",
            "need:language",
            "need:work",
            "need:everyday-life",
        ],
        targets: &["target:youth", "target:refugees"],
        languages: &["de", "en"],
        minimum_age: Some(12),
        maximum_age: Some(27),
        remote: Remote::Online,
        interpretation: "Sprachmittlung für Elterngespräche auf Anfrage.",
        ..BASE
    },
    Template {
        key: "msa",
        kind: "kind:state-migration",
        name: "Migrationssozialarbeit (Landesprogramm)",
        description: "Die vom Land Sachsen-Anhalt geförderte Migrationssozialarbeit berät \
                      Zugewanderte und Geflüchtete unabhängig von Alter und Aufenthaltsstatus, \
                      auch mit Gestattung oder Duldung. Sie hilft bei Behördenkontakten, \
                      Anträgen, der Beschaffung von Pass und Urkunden und der Orientierung vor \
                      Ort und vermittelt in passende Fachberatungen.",
        eligibility: "Zugewanderte und Geflüchtete jeden Alters mit Wohnsitz im Landkreis bzw. \
                      in der Stadt, auch ohne gesicherten Aufenthalt.",
        needs: &[
            "need:residence",
            "need:documents",
            "need:benefits",
            "need:everyday-life",
        ],
        targets: &["target:refugees", "target:families", "target:adults"],
        languages: &["de"],
        remote: Remote::Phone,
        interpretation: "Telefon- und Videodolmetschen wird bei Bedarf organisiert.",
        ..BASE
    },
    Template {
        key: "fsa",
        kind: "kind:state-migration",
        name: "Flüchtlingssozialarbeit in Gemeinschaftsunterkünften",
        description: "Sozialarbeiterinnen und Sozialarbeiter beraten Bewohnerinnen und Bewohner \
                      von Gemeinschaftsunterkünften direkt vor Ort, etwa zum Asylverfahren, zu \
                      Leistungen, Kita und Schulanmeldung sowie bei Konflikten. Sie unterstützen \
                      beim Umzug in eine eigene Wohnung.",
        eligibility: "Asylsuchende und Geduldete, die in einer Gemeinschaftsunterkunft oder \
                      dezentral im Landkreis untergebracht sind.",
        application: "Sprechstunde ohne Anmeldung in der Unterkunft; außerhalb der \
                      Sprechzeiten nach Vereinbarung.",
        needs: &[
            "need:asylum",
            "need:housing",
            "need:school",
            "need:everyday-life",
        ],
        targets: &["target:refugees", "target:families"],
        languages: &["de", "en"],
        ..BASE
    },
    Template {
        key: "integration-coord",
        kind: "kind:state-migration",
        name: "Integrationskoordination und Integrationslotsen",
        description: "Die kommunale Integrationskoordination ist erste Anlaufstelle für Fragen \
                      rund um das Ankommen: Sie informiert über Sprachkurse, Kita- und \
                      Schulplätze, die Schulanmeldung sowie Beratungsangebote und vermittelt \
                      ehrenamtliche Integrationslotsinnen und -lotsen, die zu Terminen begleiten.",
        eligibility: "Alle Zugewanderten in der Kommune sowie Ehrenamtliche und Fachkräfte.",
        needs: &[
            "need:everyday-life",
            "need:language",
            "need:education",
            "need:school",
        ],
        targets: &["target:adults", "target:families", "target:refugees"],
        languages: &["de", "en"],
        hours: Hours::Office,
        ..BASE
    },
    Template {
        key: "seniors",
        kind: "kind:state-migration",
        name: "Sozial- und Integrationsberatung für ältere Zugewanderte",
        description: "Die Beratung unterstützt ältere Zugewanderte, insbesondere jüdische \
                      Zuwanderinnen und Zuwanderer und Geflüchtete aus der Ukraine, bei Rente, \
                      Grundsicherung, Pflege und Arztbesuchen. Es gibt Begleitung zu Behörden \
                      und regelmäßige Treffpunkte gegen Einsamkeit.",
        eligibility: "Zugewanderte ab 60 Jahren und ihre Angehörigen.",
        needs: &[
            "need:benefits",
            "need:health",
            "need:isolation",
            "need:everyday-life",
        ],
        targets: &["target:seniors", "target:adults"],
        languages: &["de", "ru", "uk"],
        minimum_age: Some(60),
        ..BASE
    },
    Template {
        key: "psz",
        kind: "kind:psz",
        name: "Psychosoziales Zentrum für Migrantinnen und Migranten (PSZ)",
        alternate_name: "PSZ",
        description: "Das Psychosoziale Zentrum bietet Geflüchteten mit belastenden oder \
                      traumatischen Erfahrungen psychosoziale Beratung, Stabilisierung und \
                      Psychotherapie mit qualifizierten Sprachmittlerinnen und Sprachmittlern. \
                      Es erstellt Stellungnahmen für das Asylverfahren und vermittelt in die \
                      Regelversorgung.",
        eligibility: "Geflüchtete jeden Aufenthaltsstatus mit psychischen Belastungen nach \
                      Krieg, Flucht, Folter oder Gewalt; Erwachsene und Familien aus ganz \
                      Sachsen-Anhalt.",
        application: "Anmeldung telefonisch durch die Betroffenen selbst oder mit ihrem \
                      Einverständnis durch Beratungsstellen, Ärztinnen und Ärzte oder \
                      Unterkünfte.",
        needs: &["need:trauma", "need:mental-health", "need:asylum"],
        targets: &["target:refugees", "target:adults", "target:families"],
        languages: INTERPRETERS,
        language_note: "mit Sprachmittlung",
        remote: Remote::Online,
        statewide: true,
        interpretation: "Qualifizierte Sprachmittlung in allen benötigten Sprachen, kostenfrei \
                         für Klientinnen und Klienten.",
        wait_time: "Erstgespräch meist innerhalb von drei Wochen; Wartezeit auf einen \
                    Therapieplatz derzeit mehrere Monate.",
        ..BASE
    },
    Template {
        key: "psz-kids",
        kind: "kind:psz",
        name: "Psychosoziale Beratung für geflüchtete Kinder und Jugendliche",
        description: "Kinder und Jugendliche mit Fluchterfahrung erhalten altersgerechte \
                      Beratung, Spiel- und Kunsttherapie sowie stabilisierende Gruppenangebote. \
                      Eltern werden einbezogen und im Umgang mit Belastungsreaktionen ihrer \
                      Kinder beraten.",
        eligibility: "Geflüchtete Kinder und Jugendliche bis 21 Jahre und ihre Eltern aus ganz \
                      Sachsen-Anhalt.",
        needs: &["need:trauma", "need:mental-health", "need:parenting"],
        targets: &["target:children", "target:youth", "target:refugees"],
        languages: INTERPRETERS,
        language_note: "mit Sprachmittlung",
        maximum_age: Some(21),
        statewide: true,
        interpretation: "Qualifizierte Sprachmittlung in allen benötigten Sprachen, kostenfrei.",
        wait_time: "Wartezeit auf ein Erstgespräch derzeit etwa vier Wochen.",
        ..BASE
    },
    Template {
        key: "queer",
        kind: "kind:psz",
        name: "Beratung für queere Geflüchtete",
        description: "Die Beratung unterstützt lesbische, schwule, bisexuelle, trans*, inter* \
                      und queere Geflüchtete vertraulich bei Fragen zum Asylverfahren, bei \
                      Diskriminierung in der Unterkunft und bei psychischen Belastungen. Auf \
                      Wunsch wird der Kontakt zu Community-Gruppen hergestellt.",
        eligibility: "LSBTIQ*-Geflüchtete und -Zugewanderte in ganz Sachsen-Anhalt.",
        needs: &[
            "need:asylum",
            "need:discrimination",
            "need:mental-health",
            "need:violence",
        ],
        targets: &["target:lgbtiq", "target:refugees"],
        languages: &["de", "en", "ar", "fa", "ru", "tr"],
        remote: Remote::PhoneOnline,
        statewide: true,
        interpretation: "Sprachmittlung durch geschulte, queer-sensible Dolmetschende.",
        ..BASE
    },
    Template {
        key: "debt",
        kind: "kind:debt",
        name: "Schuldner- und Insolvenzberatung",
        description: "Die Schuldnerberatung hilft bei Mahnungen, Pfändungen, Stromsperren, \
                      Mietschulden und Kontoproblemen. Gemeinsam werden ein Haushaltsplan und ein \
                      Weg aus den Schulden erarbeitet; auf Wunsch wird das \
                      Verbraucherinsolvenzverfahren vorbereitet und eine P-Konto-Bescheinigung \
                      ausgestellt.",
        eligibility: "Überschuldete Menschen und Familien mit Wohnsitz im Einzugsgebiet.",
        application: "Terminvereinbarung telefonisch; bitte alle Mahnungen, Verträge und \
                      Einkommensnachweise mitbringen.",
        needs: &[
            "need:debts",
            "need:benefits",
            "need:energy",
            "need:housing-loss",
        ],
        targets: &["target:adults", "target:families"],
        languages: &["de"],
        remote: Remote::Phone,
        wait_time: "Akuttermine bei Pfändung oder drohender Sperre innerhalb einer Woche, sonst \
                    etwa vier bis sechs Wochen.",
        ..BASE
    },
    Template {
        key: "debt-fee",
        kind: "kind:debt",
        name: "Schuldner- und Insolvenzberatung",
        description: "Die Schuldnerberatung hilft bei Mahnungen, Pfändungen, drohender \
                      Stromsperre, Mietschulden und Kontoproblemen, verhandelt mit Gläubigern und \
                      bereitet das Verbraucherinsolvenzverfahren vor. Für Menschen mit \
                      Sozialleistungen ist die Beratung kostenlos.",
        eligibility: "Überschuldete Privatpersonen und Familien im Einzugsgebiet.",
        application: "Terminvereinbarung telefonisch; bitte alle Mahnungen, Verträge und \
                      Einkommensnachweise mitbringen.",
        fees: "Kostenlos bei Bezug von Bürgergeld, Sozialhilfe, Wohngeld oder Leistungen nach \
               dem Asylbewerberleistungsgesetz; sonst einmaliger Kostenbeitrag von 30 Euro.",
        costs: &[
            Cost {
                option: "kostenlos bei Sozialleistungsbezug",
                amount: 0.0,
                description: "Für Bezieherinnen und Bezieher von Sozialleistungen.",
            },
            Cost {
                option: "Kostenbeitrag",
                amount: 30.0,
                description: "Einmaliger Beitrag für Erwerbstätige ohne Sozialleistungsbezug.",
            },
        ],
        needs: &[
            "need:debts",
            "need:benefits",
            "need:energy",
            "need:housing-loss",
        ],
        targets: &["target:adults", "target:families"],
        languages: &["de"],
        wait_time: "Etwa sechs Wochen; Akuttermine bei Kontopfändung.",
        ..BASE
    },
    Template {
        key: "addiction",
        kind: "kind:addiction",
        name: "Suchtberatungsstelle",
        description: "Die Suchtberatung berät Menschen mit Problemen durch Alkohol, \
                      Medikamente, Drogen, Glücksspiel oder Medien sowie ihre Angehörigen – \
                      vertraulich und auf Wunsch anonym. Sie vermittelt in Entgiftung, Therapie \
                      und Selbsthilfegruppen und bietet Nachsorge an.",
        eligibility: "Betroffene ab 14 Jahren und Angehörige; keine Überweisung nötig.",
        needs: &["need:addiction", "need:mental-health", "need:health"],
        targets: &["target:adults", "target:youth", "target:families"],
        languages: &["de"],
        remote: Remote::Online,
        ..BASE
    },
    Template {
        key: "addiction-youth",
        kind: "kind:addiction",
        name: "Jugend- und Drogenberatung",
        description: "Die Jugend- und Drogenberatung richtet sich an junge Menschen, die \
                      Cannabis, Partydrogen oder Alkohol konsumieren, und an ihre Eltern. Sie \
                      bietet Frühintervention, Informationen zu Risiken und Begleitung in \
                      weiterführende Hilfen.",
        eligibility: "Jugendliche und junge Erwachsene von 12 bis 27 Jahren sowie Eltern.",
        needs: &["need:addiction", "need:health", "need:parenting"],
        targets: &["target:youth", "target:families"],
        languages: &["de", "en"],
        minimum_age: Some(12),
        maximum_age: Some(27),
        remote: Remote::Online,
        ..BASE
    },
    Template {
        key: "pregnancy",
        kind: "kind:pregnancy",
        name: "Schwangerschafts- und Schwangerschaftskonfliktberatung",
        description: "Die Beratungsstelle berät vor, während und nach der Schwangerschaft zu \
                      finanziellen Hilfen, Mutterschutz, Elterngeld und Verhütung. Die \
                      Konfliktberatung nach § 219 StGB ist ergebnisoffen, auf Wunsch anonym, \
                      und der Beratungsschein wird ausgestellt.",
        eligibility: "Schwangere, werdende Väter, Paare und Familien mit Kindern bis drei Jahre, \
                      unabhängig von Herkunft und Aufenthaltsstatus.",
        application: "Konfliktberatung möglichst kurzfristig, in der Regel innerhalb von drei \
                      Werktagen; sonst Termin nach Vereinbarung.",
        needs: &["need:pregnancy", "need:family", "need:benefits"],
        targets: &["target:women", "target:families"],
        languages: &["de", "en"],
        interpretation: "Sprachmittlung wird kostenfrei organisiert, auch kurzfristig per Video.",
        ..BASE
    },
    Template {
        key: "pregnancy-church",
        kind: "kind:pregnancy",
        name: "Schwangerschaftsberatung",
        description: "Die Beratung unterstützt Schwangere und junge Familien bis zum dritten \
                      Geburtstag des Kindes, hilft bei Anträgen an die Bundesstiftung Mutter und \
                      Kind und begleitet in Krisen. Ein Beratungsschein nach § 219 StGB wird \
                      hier nicht ausgestellt.",
        eligibility: "Schwangere, Paare und Familien mit Kindern bis drei Jahre, unabhängig von \
                      Religion, Herkunft und Aufenthaltsstatus.",
        needs: &["need:pregnancy", "need:family", "need:benefits"],
        targets: &["target:women", "target:families"],
        languages: &["de"],
        interpretation: "Sprachmittlung auf Anfrage kostenfrei.",
        ..BASE
    },
    Template {
        key: "family-ebs",
        kind: "kind:family",
        name: "Erziehungs- und Familienberatungsstelle",
        description: "Die Erziehungsberatung unterstützt Eltern, Kinder und Jugendliche bei \
                      Erziehungsfragen, Problemen in der Schule, Konflikten in der Familie, \
                      Trennung und Scheidung sowie bei Entwicklungsauffälligkeiten. Jugendliche \
                      können auch ohne ihre Eltern kommen.",
        eligibility: "Familien, Kinder, Jugendliche und junge Erwachsene bis 27 Jahre im \
                      Einzugsgebiet.",
        needs: &[
            "need:parenting",
            "need:family",
            "need:school",
            "need:mental-health",
        ],
        targets: &["target:families", "target:children", "target:youth"],
        languages: &["de"],
        remote: Remote::Online,
        wait_time: "Erstgespräch in der Regel innerhalb von vier Wochen, in Krisen schneller.",
        ..BASE
    },
    Template {
        key: "family-couple",
        kind: "kind:family",
        name: "Ehe-, Familien- und Lebensberatung",
        description: "Paare und Einzelne erhalten Beratung bei Beziehungskrisen, Trennung, \
                      Lebensübergängen und persönlichen Belastungen. Auch binationale Paare und \
                      Familien werden beraten.",
        eligibility: "Erwachsene, Paare und Familien unabhängig von Konfession und Herkunft.",
        fees: "Freiwilliger Kostenbeitrag nach Einkommen; niemand wird aus finanziellen Gründen \
               abgewiesen.",
        costs: &[
            Cost {
                option: "kostenlos bei geringem Einkommen",
                amount: 0.0,
                description: "Bei geringem Einkommen entfällt der Beitrag.",
            },
            Cost {
                option: "Kostenbeitrag je Sitzung",
                amount: 10.0,
                description: "Freiwilliger Richtwert; höhere Beiträge nach Selbsteinschätzung.",
            },
        ],
        needs: &["need:family", "need:mental-health"],
        targets: &["target:adults", "target:families"],
        languages: &["de", "en"],
        remote: Remote::Online,
        ..BASE
    },
    Template {
        key: "family-center",
        kind: "kind:family",
        name: "Familienzentrum mit Elternberatung und Elternkursen",
        description: "Das Familienzentrum ist ein offener Treffpunkt für Familien mit \
                      Eltern-Kind-Gruppen, Sozialberatung und Elternkursen. Mehrsprachige \
                      Elterncafés erleichtern zugewanderten Familien Begegnung und neue Kontakte.",
        eligibility: "Familien mit Kindern, werdende Eltern und Großeltern.",
        fees: "Beratung und offene Treffs kostenlos; Elternkurse mit Kursgebühr, ermäßigt \
               oder kostenfrei mit Sozialpass.",
        costs: &[
            Cost {
                option: "kostenlos",
                amount: 0.0,
                description: "Beratung, Elterncafé und offene Gruppen.",
            },
            Cost {
                option: "Elternkurs (8 Termine)",
                amount: 25.0,
                description: "Kursgebühr; ermäßigt oder kostenfrei mit Sozialpass.",
            },
        ],
        needs: &[
            "need:parenting",
            "need:family",
            "need:isolation",
            "need:everyday-life",
        ],
        targets: &["target:families", "target:children", "target:women"],
        languages: &["de"],
        ..BASE
    },
    Template {
        key: "early-help",
        kind: "kind:family",
        name: "Frühe Hilfen – Familienbegleitung rund um die Geburt",
        description: "Die Frühen Hilfen begleiten Schwangere und Familien mit Kindern bis drei \
                      Jahre, zum Beispiel durch Familienhebammen und Familienpatenschaften. Das \
                      Angebot ist freiwillig.",
        eligibility: "Schwangere und Familien mit Kindern bis drei Jahre.",
        needs: &["need:pregnancy", "need:parenting", "need:health"],
        targets: &["target:families", "target:children", "target:women"],
        languages: &["de"],
        hours: Hours::Office,
        interpretation: "Sprachmittlung über den kommunalen Dolmetscherpool.",
        ..BASE
    },
    Template {
        key: "shelter",
        kind: "kind:violence",
        name: "Frauenhaus – Schutz und Unterkunft bei häuslicher Gewalt",
        description: "Das Frauenhaus bietet Frauen und ihren Kindern, die von häuslicher Gewalt \
                      bedroht oder betroffen sind, eine geschützte Unterkunft und Beratung. Die \
                      Aufnahme ist rund um die Uhr telefonisch möglich, auch ohne Papiere und \
                      unabhängig vom Aufenthaltsstatus.",
        eligibility: "Von Gewalt betroffene Frauen ab 18 Jahren mit ihren Kindern.",
        application: "Rund um die Uhr über die Aufnahmenummer anrufen; die Adresse wird beim \
                      Telefonat mitgeteilt.",
        fees: "Für Frauen mit geringem oder ohne Einkommen kostenfrei; die Kosten werden in \
               der Regel über Sozialleistungen übernommen.",
        costs: &[Cost {
            option: "kostenlos",
            amount: 0.0,
            description: "Kosten der Unterkunft werden in der Regel über Sozialleistungen \
                          übernommen.",
        }],
        needs: &["need:violence", "need:housing"],
        targets: &["target:women", "target:children"],
        languages: &["de", "en"],
        minimum_age: Some(18),
        hours: Hours::AroundTheClock,
        interpretation: "Telefondolmetschen rund um die Uhr über das Hilfetelefon möglich.",
        ..BASE
    },
    Template {
        key: "intervention",
        kind: "kind:violence",
        name: "Interventionsstelle häusliche Gewalt und Stalking",
        description: "Die Interventionsstelle meldet sich nach einem Polizeieinsatz wegen \
                      häuslicher Gewalt bei den Betroffenen und berät zu Schutzanordnungen, \
                      Wohnungszuweisung und Sicherheitsplanung. Betroffene können sich auch \
                      direkt melden, auch zu einem eigenständigen Aufenthaltsrecht.",
        eligibility: "Betroffene von häuslicher Gewalt und Stalking jeden Geschlechts.",
        needs: &["need:violence", "need:family", "need:residence"],
        targets: &["target:women", "target:adults", "target:families"],
        languages: &["de", "en"],
        remote: Remote::Phone,
        interpretation: "Sprachmittlung wird kostenfrei organisiert.",
        ..BASE
    },
    Template {
        key: "sexual-violence",
        kind: "kind:violence",
        name: "Fachberatungsstelle gegen sexualisierte Gewalt",
        description: "Die Fachberatungsstelle berät Mädchen, Frauen und Jungen, die \
                      sexualisierte Gewalt erlebt haben, sowie Angehörige und Fachkräfte. Sie \
                      begleitet auf Wunsch zu Polizei und Gericht und vermittelt therapeutische \
                      Hilfe.",
        eligibility: "Betroffene ab 12 Jahren, Bezugspersonen und Fachkräfte.",
        needs: &["need:violence", "need:trauma"],
        targets: &["target:women", "target:youth", "target:children"],
        languages: &["de", "en"],
        remote: Remote::Online,
        ..BASE
    },
    Template {
        key: "trafficking",
        kind: "kind:violence",
        name: "Fachberatung für Betroffene von Menschenhandel und Zwangsverheiratung",
        description: "Die landesweite Fachberatungsstelle unterstützt Betroffene von \
                      Menschenhandel, Arbeitsausbeutung und Zwangsverheiratung, organisiert \
                      sichere Unterbringung und berät zu aufenthaltsrechtlichen Möglichkeiten. \
                      Die Beratung ist anonym möglich.",
        eligibility: "Betroffene aus ganz Sachsen-Anhalt, unabhängig vom Aufenthaltsstatus.",
        needs: &[
            "need:violence",
            "need:exploitation",
            "need:residence",
            "need:work",
        ],
        targets: &["target:women", "target:refugees", "target:eu-citizens"],
        languages: &["de", "en", "ru", "ro", "bg", "vi"],
        remote: Remote::PhoneOnline,
        statewide: true,
        interpretation: "Dolmetschende werden kostenfrei hinzugezogen.",
        ..BASE
    },
    Template {
        key: "homeless",
        kind: "kind:homelessness",
        name: "Fachberatung Wohnungsnotfallhilfe",
        description: "Die Beratungsstelle hilft bei drohendem Wohnungsverlust, Mietschulden \
                      und Räumungsklagen sowie bei der Suche nach Wohnraum. Menschen ohne \
                      Wohnung erhalten eine Postadresse und Vermittlung in Notunterkünfte.",
        eligibility: "Menschen, die wohnungslos oder von Wohnungslosigkeit bedroht sind.",
        application: "Offene Sprechstunde ohne Anmeldung; bei Räumungsklage bitte sofort \
                      melden.",
        needs: &[
            "need:housing",
            "need:housing-loss",
            "need:debts",
            "need:benefits",
        ],
        targets: &["target:adults", "target:eu-citizens"],
        languages: &["de"],
        ..BASE
    },
    Template {
        key: "homeless-daycenter",
        kind: "kind:homelessness",
        name: "Tagestreff und Notübernachtung für wohnungslose Menschen",
        description: "Der Tagestreff bietet wohnungslosen Menschen Frühstück, ein warmes \
                      Mittagessen, Lebensmittel von der Tafel, Duschen, Wäschewaschen und \
                      Sozialberatung. In der Notübernachtung gibt es nachts einen Schlafplatz \
                      ohne Voranmeldung.",
        eligibility: "Wohnungslose Menschen ab 18 Jahren.",
        application: "Ohne Anmeldung während der Öffnungszeiten.",
        fees: "Kostenlos; Mahlzeiten gegen einen kleinen freiwilligen Beitrag.",
        needs: &[
            "need:housing",
            "need:food",
            "need:health",
            "need:everyday-life",
        ],
        targets: &["target:adults", "target:eu-citizens"],
        languages: &["de", "pl"],
        minimum_age: Some(18),
        hours: Hours::DropIn,
        ..BASE
    },
    Template {
        key: "eutb",
        kind: "kind:disability",
        name: "Ergänzende unabhängige Teilhabeberatung (EUTB)",
        alternate_name: "EUTB",
        description: "Die EUTB berät Menschen mit Behinderungen oder drohender Behinderung und \
                      ihre Angehörigen zu Teilhabeleistungen, Persönlichem Budget, Pflegegrad, \
                      Schwerbehindertenausweis und Anträgen – unabhängig von Leistungsträgern. \
                      Viele Beraterinnen und Berater haben selbst eine Behinderung \
                      (Peer-Beratung).",
        eligibility: "Menschen mit Behinderungen, chronischen Erkrankungen oder drohender \
                      Behinderung jeden Alters und ihre Angehörigen.",
        needs: &[
            "need:disability",
            "need:care",
            "need:benefits",
            "need:health",
        ],
        targets: &["target:adults", "target:families", "target:children"],
        languages: &["de"],
        remote: Remote::Phone,
        interpretation: "Beratung in Deutscher Gebärdensprache und Leichter Sprache nach \
                         Absprache.",
        ..BASE
    },
    Template {
        key: "disability-migrants",
        kind: "kind:disability",
        name: "Beratung für geflüchtete Menschen mit Behinderung",
        description: "Die landesweite Beratung unterstützt geflüchtete und zugewanderte \
                      Menschen mit Behinderungen und ihre Familien beim Zugang zu Hilfsmitteln, \
                      Eingliederungshilfe und barrierefreiem Wohnen. Sie arbeitet eng mit \
                      Migrationsberatung und EUTB zusammen.",
        eligibility: "Geflüchtete und Zugewanderte mit Behinderungen und ihre Angehörigen in \
                      ganz Sachsen-Anhalt.",
        needs: &["need:disability", "need:health", "need:residence"],
        targets: &["target:refugees", "target:families"],
        languages: &["de", "en", "ar", "uk"],
        remote: Remote::Online,
        statewide: true,
        interpretation: "Sprachmittlung und Gebärdensprachdolmetschen werden organisiert.",
        ..BASE
    },
    Template {
        key: "health-clearing",
        kind: "kind:health",
        name: "Clearingstelle für Menschen ohne Krankenversicherung",
        description: "Die Clearingstelle berät Menschen ohne oder mit ungeklärtem \
                      Krankenversicherungsschutz, zum Beispiel EU-Bürgerinnen und -Bürger oder \
                      Menschen ohne Papiere, und sucht Wege in die Regelversorgung, etwa über \
                      eine Krankenkasse oder einen Krankenschein. In dringenden Fällen wird eine \
                      anonyme ärztliche Behandlung vermittelt.",
        eligibility: "Menschen ohne ausreichenden Krankenversicherungsschutz in ganz \
                      Sachsen-Anhalt; die Beratung ist anonym möglich.",
        needs: &[
            "need:health",
            "need:health-insurance",
            "need:residence",
            "need:benefits",
        ],
        targets: &["target:eu-citizens", "target:refugees", "target:adults"],
        languages: &["de", "en", "ro", "bg", "ar"],
        remote: Remote::Phone,
        statewide: true,
        ..BASE
    },
    Template {
        key: "health-spdi",
        kind: "kind:health",
        name: "Sozialpsychiatrischer Dienst",
        description: "Der Sozialpsychiatrische Dienst des Gesundheitsamtes berät Menschen mit \
                      psychischen Erkrankungen, in seelischen Krisen oder mit \
                      Suchterkrankungen sowie ihre Angehörigen. Hausbesuche sind möglich.",
        eligibility: "Erwachsene mit Wohnsitz im Zuständigkeitsbereich und ihre Angehörigen.",
        needs: &["need:mental-health", "need:health", "need:addiction"],
        targets: &["target:adults", "target:seniors"],
        languages: &["de"],
        hours: Hours::Office,
        interpretation: "Sprachmittlung über den Dolmetscherdienst der Verwaltung.",
        ..BASE
    },
    Template {
        key: "health-sexual",
        kind: "kind:health",
        name: "Beratung zu sexueller Gesundheit, HIV und STI",
        description: "Die Beratungsstelle informiert zu HIV, Hepatitis und anderen sexuell \
                      übertragbaren Infektionen und bietet anonyme Schnelltests an. Menschen \
                      mit HIV werden im Alltag, bei Behördenfragen und beim Zugang zur \
                      Behandlung begleitet.",
        eligibility: "Alle Menschen ab 16 Jahren; Tests anonym.",
        fees: "Beratung und HIV-Schnelltest kostenlos; erweiterter STI-Test gegen \
               Kostenbeitrag.",
        costs: &[
            Cost {
                option: "kostenlos",
                amount: 0.0,
                description: "Beratung und HIV-Schnelltest.",
            },
            Cost {
                option: "erweiterter STI-Test",
                amount: 15.0,
                description: "Test auf Syphilis, Chlamydien und Gonorrhö.",
            },
        ],
        needs: &["need:health"],
        targets: &["target:adults", "target:lgbtiq"],
        languages: &["de", "en"],
        remote: Remote::Online,
        ..BASE
    },
    Template {
        key: "asylum",
        kind: "kind:legal-residence",
        name: "Unabhängige Asylverfahrensberatung",
        description: "Die Asylverfahrensberatung bereitet Asylsuchende auf die Anhörung beim \
                      Bundesamt für Migration und Flüchtlinge vor, erklärt Bescheide und Fristen \
                      und unterstützt bei der Suche nach anwaltlicher Vertretung. Die Beratung \
                      ist unabhängig von Behörden.",
        eligibility: "Asylsuchende und Geflüchtete in ganz Sachsen-Anhalt.",
        application: "Bitte Bescheide und Briefe mitbringen; bei laufenden Fristen sofort \
                      anrufen.",
        needs: &["need:asylum", "need:residence"],
        targets: &["target:refugees"],
        languages: &["de"],
        remote: Remote::PhoneOnline,
        statewide: true,
        interpretation: "Dolmetschende werden kostenfrei hinzugezogen.",
        ..BASE
    },
    Template {
        key: "residence-law",
        kind: "kind:legal-residence",
        name: "Rechtsberatung zum Aufenthalts- und Asylrecht",
        description: "Ehrenamtliche Juristinnen und Juristen beraten unter anwaltlicher \
                      Anleitung kostenlos zu Aufenthaltstiteln, Familiennachzug, Einbürgerung \
                      und Widersprüchen. Bei Klageverfahren wird an Fachanwältinnen und \
                      Fachanwälte vermittelt.",
        eligibility: "Geflüchtete und Zugewanderte mit aufenthaltsrechtlichen Fragen.",
        application: "Anmeldung per E-Mail mit kurzer Schilderung des Anliegens; Termine \
                      innerhalb von zwei Wochen.",
        needs: &[
            "need:residence",
            "need:asylum",
            "need:family",
            "need:legal-dispute",
        ],
        targets: &["target:refugees", "target:adults", "target:families"],
        languages: &["de"],
        ..BASE
    },
    Template {
        key: "return",
        kind: "kind:legal-residence",
        name: "Perspektiv- und Rückkehrberatung",
        description: "Die Beratung informiert ergebnisoffen über Bleibeperspektiven, \
                      Weiterwanderung und freiwillige Rückkehr sowie über Förderprogramme für \
                      einen Neustart im Herkunftsland. Sie hilft auch, einen Pass oder Passersatz \
                      bei der Botschaft zu beschaffen. Niemand wird zu einer Entscheidung \
                      gedrängt.",
        eligibility: "Geflüchtete und Zugewanderte unabhängig vom Aufenthaltsstatus.",
        needs: &["need:residence", "need:asylum", "need:documents"],
        targets: &["target:refugees", "target:adults"],
        languages: &["de", "en"],
        remote: Remote::Phone,
        ..BASE
    },
    Template {
        key: "recognition",
        kind: "kind:labour",
        name: "Anerkennungs- und Qualifizierungsberatung",
        description: "Die Beratung klärt, wie ausländische Berufs- und Studienabschlüsse in \
                      Deutschland anerkannt werden, welche Stelle zuständig ist und welche \
                      Anpassungsqualifizierungen es gibt. Sie hilft bei Antrag, Übersetzungen \
                      und Kostenübernahme.",
        eligibility: "Menschen mit ausländischen Berufs- oder Hochschulabschlüssen, die in \
                      Sachsen-Anhalt leben oder arbeiten möchten.",
        needs: &["need:recognition", "need:work", "need:education"],
        targets: &["target:adults", "target:eu-citizens", "target:refugees"],
        languages: &["de", "en"],
        remote: Remote::Online,
        statewide: true,
        ..BASE
    },
    Template {
        key: "fair-work",
        kind: "kind:labour",
        name: "Beratung Faire Integration – Arbeits- und Sozialrecht",
        description: "Die Beratungsstelle informiert Geflüchtete und Drittstaatsangehörige über \
                      ihre Rechte im Arbeitsverhältnis, etwa zu Lohn, Arbeitszeit, Kündigung und \
                      Krankenversicherung, und unterstützt bei Konflikten mit Arbeitgebern, auch \
                      wenn der Lohn nicht gezahlt wird.",
        eligibility: "Geflüchtete und Beschäftigte aus Nicht-EU-Staaten in ganz Sachsen-Anhalt.",
        needs: &["need:work", "need:exploitation", "need:residence"],
        targets: &["target:refugees", "target:adults"],
        languages: &["de", "en", "ar", "fa"],
        remote: Remote::Phone,
        statewide: true,
        ..BASE
    },
    Template {
        key: "eu-workers",
        kind: "kind:labour",
        name: "Beratung für mobile Beschäftigte aus der EU",
        description: "Beschäftigte aus anderen EU-Staaten, zum Beispiel in Fleischindustrie, \
                      Logistik, Landwirtschaft oder Pflege, erhalten Beratung zu Lohn, \
                      Lohnbetrug, Arbeitsvertrag, Unterkunft und Sozialversicherung.",
        eligibility: "Beschäftigte aus EU-Staaten und ihre Familien in ganz Sachsen-Anhalt.",
        needs: &[
            "need:work",
            "need:exploitation",
            "need:benefits",
            "need:housing",
        ],
        targets: &["target:eu-citizens"],
        languages: &["de", "pl", "ro", "bg", "hu", "en"],
        remote: Remote::Phone,
        statewide: true,
        ..BASE
    },
    Template {
        key: "job-coaching",
        kind: "kind:labour",
        name: "Arbeitsmarktintegration für Geflüchtete (Job-Coaching)",
        description: "Job-Coaches unterstützen Geflüchtete bei Berufsorientierung, Bewerbungen \
                      und der Suche nach Praktikum, Ausbildungsplatz oder Arbeit und begleiten in \
                      den ersten Monaten im Betrieb. Arbeitgeber werden zu \
                      Beschäftigungserlaubnis und Förderung beraten.",
        eligibility: "Geflüchtete ab 16 Jahren mit Arbeitsmarktzugang.",
        needs: &[
            "need:work",
            "need:vocational-training",
            "need:education",
            "need:language",
        ],
        targets: &["target:refugees", "target:adults", "target:youth"],
        languages: &["de", "en"],
        minimum_age: Some(16),
        ..BASE
    },
    Template {
        key: "integration-course",
        kind: "kind:language-course",
        name: "Integrationskurs (Deutsch und Orientierung)",
        description: "Der Integrationskurs umfasst Sprachunterricht bis zum Niveau B1 und einen \
                      Orientierungskurs zu Geschichte, Recht und Alltag in Deutschland. Vor \
                      Kursbeginn findet ein kostenloser Einstufungstest statt.",
        eligibility: "Zugewanderte mit Berechtigung oder Verpflichtung durch Ausländerbehörde \
                      oder Jobcenter; freie Plätze auch auf Antrag beim Bundesamt.",
        application: "Anmeldung mit Berechtigungsschein im Kursbüro; Einstufungstest nach \
                      Terminvereinbarung.",
        fees: "Eigenanteil je Unterrichtsstunde; Befreiung bei Sozialleistungsbezug möglich.",
        costs: COURSE_COSTS,
        needs: &["need:language", "need:everyday-life"],
        targets: &["target:adults", "target:refugees", "target:eu-citizens"],
        languages: &["de"],
        hours: Hours::Course,
        wait_time: "Neue Kurse beginnen etwa alle zwei Monate.",
        ..BASE
    },
    Template {
        key: "women-course",
        kind: "kind:language-course",
        name: "Frauen- und Elternintegrationskurs mit Kinderbetreuung",
        description: "Dieser Integrationskurs richtet sich an Mütter und Väter mit kleinen \
                      Kindern: Unterricht am Vormittag, kursbegleitende Kinderbetreuung und \
                      Themen wie Kita, Schule und Gesundheit.",
        eligibility: "Eltern mit Berechtigung zum Integrationskurs, insbesondere Mütter mit \
                      Kindern unter drei Jahren.",
        application: "Anmeldung im Kursbüro; Plätze in der Kinderbetreuung bitte mit anmelden.",
        fees: "Eigenanteil je Unterrichtsstunde; Kinderbetreuung kostenlos.",
        costs: COURSE_COSTS,
        needs: &["need:language", "need:parenting", "need:everyday-life"],
        targets: &["target:women", "target:families"],
        languages: &["de"],
        hours: Hours::Course,
        ..BASE
    },
    Template {
        key: "job-language",
        kind: "kind:language-course",
        name: "Berufssprachkurs (DeuFöV)",
        description: "Berufssprachkurse bereiten auf die Sprache im Beruf vor, von B1 bis C1 \
                      und mit Spezialkursen für Pflege, Gewerbe und Technik. Für \
                      Arbeitsuchende ist die Teilnahme über Jobcenter oder Agentur für Arbeit \
                      kostenlos.",
        eligibility: "Zugewanderte mit abgeschlossenem Integrationskurs oder Sprachniveau B1, \
                      arbeitsuchend, in Ausbildung oder beschäftigt.",
        application: "Berechtigung über Jobcenter, Agentur für Arbeit oder direkt beim \
                      Bundesamt; danach Anmeldung im Kursbüro.",
        fees: "Kostenlos für Arbeitsuchende; Beschäftigte zahlen einen Eigenanteil, der bei \
               Bestehen erstattet wird.",
        needs: &["need:language", "need:work"],
        targets: &["target:adults", "target:eu-citizens"],
        languages: &["de"],
        hours: Hours::Evening,
        ..BASE
    },
    Template {
        key: "first-orientation",
        kind: "kind:language-course",
        name: "Erstorientierungskurs für Asylsuchende",
        description: "Der Kurs vermittelt erste Deutschkenntnisse und Wissen zum Alltag in \
                      Deutschland, zum Beispiel zu Einkaufen, Arztbesuch und Wohnen. Er steht \
                      auch Asylsuchenden ohne Zugang zum Integrationskurs offen.",
        eligibility: "Asylsuchende und Geduldete ab 16 Jahren.",
        application: "Anmeldung über die Sozialarbeit der Unterkunft oder direkt im Kursbüro.",
        needs: &["need:language", "need:everyday-life", "need:asylum"],
        targets: &["target:refugees"],
        languages: &["de", "ar", "fa"],
        language_note: "Erklärungen durch Kursbegleitung",
        minimum_age: Some(16),
        hours: Hours::Course,
        ..BASE
    },
    Template {
        key: "german-selfpay",
        kind: "kind:language-course",
        name: "Deutschkurse für Selbstzahlende (A1–B2)",
        description: "Abend- und Intensivkurse für alle, die ohne Förderung Deutsch lernen \
                      möchten, etwa Fachkräfte, Studierende oder Au-pairs. Eine kostenlose \
                      Einstufungsberatung hilft bei der Wahl des passenden Kurses.",
        eligibility: "Erwachsene ab 16 Jahren.",
        application: "Anmeldung online oder im Kursbüro.",
        fees: "Kursgebühr je Modul; Ermäßigung für Studierende und mit Sozialpass.",
        costs: &[
            Cost {
                option: "Kursgebühr je Modul (60 Unterrichtsstunden)",
                amount: 180.0,
                description: "Lehrbuch nicht enthalten.",
            },
            Cost {
                option: "ermäßigte Kursgebühr",
                amount: 120.0,
                description: "Für Studierende und Inhaberinnen und Inhaber eines Sozialpasses.",
            },
        ],
        needs: &["need:language"],
        targets: &["target:adults", "target:eu-citizens"],
        languages: &["de"],
        minimum_age: Some(16),
        hours: Hours::Evening,
        ..BASE
    },
    Template {
        key: "social-counselling",
        kind: "kind:social-counselling",
        name: "Allgemeine Sozialberatung",
        description: "Die Sozialberatung ist die erste Anlaufstelle, wenn man nicht weiß, wohin \
                      mit einem Problem: bei Anträgen auf Bürgergeld oder Wohngeld, bei drohender \
                      Stromsperre, wenn das Geld nicht für Essen und Lebensmittel reicht (auch \
                      mit Berechtigungsschein für die Tafel), bei Ärger mit einem Handyvertrag, \
                      einer Abofalle oder einem Brief vom Gericht. Bei Bedarf vermittelt sie an \
                      Fachberatungen.",
        eligibility: "Alle Menschen im Einzugsgebiet, unabhängig von Herkunft, Religion und \
                      Aufenthaltsstatus.",
        application: "Offene Sprechstunde ohne Anmeldung, Termine auch telefonisch. Bitte \
                      Bescheide, Rechnungen und Briefe mitbringen.",
        needs: &[
            "need:benefits",
            "need:food",
            "need:energy",
            "need:legal-dispute",
        ],
        targets: &["target:adults", "target:families", "target:refugees"],
        languages: &["de", "en"],
        remote: Remote::Phone,
        interpretation: "Sprachmittlung per Telefon oder Video auf Anfrage.",
        wait_time: "In der offenen Sprechstunde ohne Termin; sonst Termine meist innerhalb einer \
                    Woche.",
        ..BASE
    },
    Template {
        key: "anti-discrimination",
        kind: "kind:anti-discrimination",
        name: "Antidiskriminierungsberatung",
        description: "Die Antidiskriminierungsberatung unterstützt Menschen, die wegen ihrer \
                      Herkunft, Hautfarbe, Religion, ihres Geschlechts oder einer Behinderung \
                      benachteiligt werden, etwa bei der Wohnungssuche, im Job, in Behörden oder \
                      durch rassistische Beleidigungen. Sie dokumentiert Vorfälle, hilft bei \
                      Beschwerden und berät zu Fristen und Rechten nach dem Allgemeinen \
                      Gleichbehandlungsgesetz (AGG).",
        eligibility: "Alle Menschen, die Diskriminierung erlebt oder beobachtet haben; auf Wunsch \
                      anonym.",
        needs: &["need:discrimination", "need:legal-dispute"],
        targets: &["target:adults", "target:refugees", "target:eu-citizens"],
        languages: &["de", "en", "ar", "fa"],
        remote: Remote::PhoneOnline,
        interpretation: "Sprachmittlung wird kostenfrei organisiert.",
        wait_time: "Erstgespräch meist innerhalb von zwei Wochen, bei laufenden Fristen \
                    schneller.",
        ..BASE
    },
    Template {
        key: "fair-work-counselling",
        kind: "kind:fair-work",
        name: "Beratung zu Arbeitsrechten und bei Arbeitsausbeutung",
        description: "Beschäftigte aus der EU und aus Drittstaaten werden in ihrer Sprache \
                      beraten, wenn der Lohn nicht gezahlt wird, der Mindestlohn unterschritten \
                      wird oder die Kündigung droht, etwa in Fleischindustrie, Logistik, \
                      Saisonarbeit oder Leiharbeit. Die Beratung prüft Lohnabrechnungen und \
                      Verträge und hilft, Ansprüche durchzusetzen – nach dem Vorbild von Faire \
                      Mobilität und Faire Integration.",
        eligibility: "Beschäftigte aus EU-Staaten und Drittstaaten, auch ohne schriftlichen \
                      Arbeitsvertrag oder mit unsicherem Aufenthalt.",
        needs: &["need:exploitation", "need:work", "need:legal-dispute"],
        targets: &["target:eu-citizens", "target:refugees", "target:adults"],
        languages: &["de", "en", "pl", "ro", "bg", "ar"],
        remote: Remote::PhoneOnline,
        interpretation: "Weitere Sprachen mit Dolmetschenden auf Anfrage.",
        wait_time: "Termine meist innerhalb einer Woche; bei drohenden Ausschlussfristen sofort.",
        ..BASE
    },
    Template {
        key: "victim-support",
        kind: "kind:victim-support",
        name: "Mobile Opferberatung für Betroffene rechter und rassistischer Gewalt",
        description: "Die Mobile Opferberatung unterstützt Menschen, die aus rassistischen, \
                      antisemitischen oder anderen menschenfeindlichen Motiven beleidigt, bedroht \
                      oder angegriffen wurden, sowie Angehörige und Zeuginnen und Zeugen. Sie \
                      kommt auf Wunsch zu den Betroffenen, begleitet zu Polizei und Gericht, \
                      hilft bei Anträgen auf Entschädigung und vermittelt psychologische Hilfe.",
        eligibility: "Betroffene rechter, rassistischer und antisemitischer Gewalt, ihre \
                      Angehörigen und Zeugen, unabhängig von einer Anzeige und vom \
                      Aufenthaltsstatus.",
        needs: &[
            "need:discrimination",
            "need:violence",
            "need:trauma",
            "need:legal-dispute",
        ],
        targets: &["target:refugees", "target:adults", "target:families"],
        languages: &["de", "en", "ar", "ru"],
        remote: Remote::PhoneOnline,
        interpretation: "Dolmetschende werden kostenfrei hinzugezogen.",
        wait_time: "Rückmeldung innerhalb von zwei Werktagen, nach einem Angriff auch sofort.",
        ..BASE
    },
    Template {
        key: "care-counselling",
        kind: "kind:care-counselling",
        name: "Pflegestützpunkt – Pflegeberatung für Pflegebedürftige und Angehörige",
        description: "Der Pflegestützpunkt berät Pflegebedürftige und pflegende Angehörige \
                      neutral und kostenlos: wie ein Pflegegrad beantragt wird, was die \
                      Pflegekasse zahlt, wie man einen Pflegedienst, Tagespflege oder einen Platz \
                      im Pflegeheim findet und welche Entlastung es für Angehörige gibt. Auf \
                      Wunsch kommt die Pflegeberatung nach Hause.",
        eligibility: "Pflegebedürftige Menschen jeden Alters, Menschen mit Behinderung oder \
                      Demenz und ihre Angehörigen im Landkreis bzw. in der Stadt.",
        needs: &["need:care", "need:disability", "need:health"],
        targets: &["target:seniors", "target:families", "target:adults"],
        languages: &["de"],
        remote: Remote::Phone,
        interpretation: "Sprachmittlung über den Dolmetscherdienst der Verwaltung.",
        wait_time: "Termine meist innerhalb von zwei Wochen; Hausbesuche nach Vereinbarung.",
        hours: Hours::Office,
        ..BASE
    },
    Template {
        key: "tenancy",
        kind: "kind:tenancy",
        name: "Mieterberatung und Fachstelle Wohnungssicherung",
        description: "Die Mieterberatung hilft, wenn der Vermieter gekündigt hat, Mietschulden \
                      auflaufen oder eine Räumungsklage droht, damit die Wohnung erhalten bleibt. \
                      Sie prüft Mieterhöhungen und Nebenkostenabrechnungen, berät bei Schimmel \
                      und Mängeln und zur Kaution und verhandelt mit Vermietern über \
                      Ratenzahlungen.",
        eligibility: "Mieterinnen und Mieter im Einzugsgebiet, vor allem wenn der Verlust der \
                      Wohnung droht.",
        application: "Bei Kündigung oder Räumungsklage bitte sofort melden und alle Schreiben des \
                      Vermieters oder des Gerichts mitbringen.",
        needs: &["need:housing-loss", "need:housing", "need:legal-dispute"],
        targets: &["target:adults", "target:families", "target:refugees"],
        languages: &["de", "en"],
        remote: Remote::Phone,
        wait_time: "Bei Kündigung oder Räumungsklage Termin innerhalb von drei Werktagen, sonst \
                    etwa zwei Wochen.",
        ..BASE
    },
];

/// The welfare association or kind of body behind an organization.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum Family {
    Awo,
    Caritas,
    Diakonie,
    Drk,
    Paritaet,
    Jewish,
    Municipal,
    Vhs,
    Association,
}

impl Family {
    pub(super) fn about(self) -> &'static str {
        match self {
            Family::Awo => {
                "Kreisverband der Arbeiterwohlfahrt mit sozialen Beratungsstellen, \
                 Familienangeboten und Migrationsdiensten in der Region."
            }
            Family::Caritas => {
                "Regionalstelle des katholischen Wohlfahrtsverbands mit Beratung für Familien, \
                 Zugewanderte und Menschen in Notlagen – offen für alle, unabhängig von \
                 Religion und Herkunft."
            }
            Family::Diakonie => {
                "Evangelischer Träger der Diakonie mit Beratungsdiensten für Menschen in \
                 schwierigen Lebenslagen – offen für alle, unabhängig von Religion und \
                 Herkunft."
            }
            Family::Drk => {
                "Kreisverband des Deutschen Roten Kreuzes mit Migrations- und Sozialarbeit, \
                 Suchdienst und ehrenamtlichen Angeboten."
            }
            Family::Paritaet => {
                "Gemeinnütziger Träger und Mitglied im Paritätischen Wohlfahrtsverband \
                 Sachsen-Anhalt."
            }
            Family::Jewish => {
                "Jüdische Gemeinde mit Sozial- und Integrationsarbeit für Zugewanderte aus der \
                 ehemaligen Sowjetunion und der Ukraine; Mitglied der Zentralwohlfahrtsstelle."
            }
            Family::Municipal => {
                "Kommunale Verwaltung mit Beratungsangeboten der Fachämter für alle \
                 Einwohnerinnen und Einwohner."
            }
            Family::Vhs => {
                "Kommunale Volkshochschule und zugelassener Träger von Integrations- und \
                 Berufssprachkursen."
            }
            Family::Association => "Gemeinnütziger Verein mit spezialisierter Fachberatung.",
        }
    }
}

/// An office of an organization.
pub(super) struct Site {
    /// Key into [`TOWNS`].
    pub town: &'static str,
    /// Name of the location.
    pub label: &'static str,
    /// Index into the accessibility profiles.
    pub access: usize,
    /// A protected address (women's shelter): no street, approximate position only.
    pub anonymous: bool,
}

const fn s(town: &'static str, label: &'static str, access: usize) -> Site {
    Site {
        town,
        label,
        access,
        anonymous: false,
    }
}

const fn anon(town: &'static str, label: &'static str) -> Site {
    Site {
        town,
        label,
        access: 6,
        anonymous: true,
    }
}

/// Accessibility profiles: (description, details) per feature.
pub(super) const ACCESS: &[&[(&str, &str)]] = &[
    &[
        (
            "Rollstuhlgerechter Zugang",
            "Ebenerdiger Eingang mit automatischer Tür.",
        ),
        (
            "Aufzug vorhanden",
            "Alle Etagen sind mit dem Aufzug erreichbar.",
        ),
        ("Barrierefreies WC", "Im Erdgeschoss."),
    ],
    &[(
        "Rollstuhlgerechter Zugang",
        "Beratungsräume im Erdgeschoss; kein barrierefreies WC.",
    )],
    &[(
        "nicht barrierefrei: 2 Stufen",
        "Zwei Stufen am Eingang; Beratung in barrierefreien Räumen nach Absprache möglich.",
    )],
    &[(
        "nicht barrierefrei: 2. Obergeschoss ohne Aufzug",
        "Hausbesuche oder Termine an einem barrierefreien Ort nach Absprache.",
    )],
    &[
        (
            "Rollstuhlgerechter Zugang",
            "Stufenloser Zugang über den Haupteingang.",
        ),
        ("Aufzug vorhanden", "Aufzug mit Sprachansage."),
        (
            "Induktionsschleife",
            "Mobile Induktionsschleife für Hörgeräte im Beratungsraum.",
        ),
        (
            "Blindenleitsystem",
            "Taktiles Leitsystem vom Eingang bis zum Empfang.",
        ),
    ],
    &[(
        "Rampe am Seiteneingang",
        "Bitte am Seiteneingang klingeln; die Rampe hat eine Steigung von 6 %.",
    )],
    &[(
        "Barrierearmes Zimmer vorhanden",
        "Bitte bei der telefonischen Aufnahme ansprechen.",
    )],
];

/// An organization with its offices and the services it offers.
pub(super) struct Org {
    /// Stable slug; also used for ids, e-mail addresses and websites.
    pub key: &'static str,
    /// Without the " (Beispiel)" suffix.
    pub name: &'static str,
    pub family: Family,
    /// Description; empty: the family's standard text.
    pub about: &'static str,
    /// Languages spoken by the staff besides the services' own languages.
    pub languages: &'static [&'static str],
    pub sites: &'static [Site],
    /// Template key and the sites (indexes into `sites`) where it is offered.
    pub offers: &'static [(&'static str, &'static [usize])],
}

const S0: &[usize] = &[0];
const S1: &[usize] = &[1];
const S01: &[usize] = &[0, 1];
const S012: &[usize] = &[0, 1, 2];

const fn o(
    key: &'static str,
    name: &'static str,
    family: Family,
    languages: &'static [&'static str],
    sites: &'static [Site],
    offers: &'static [(&'static str, &'static [usize])],
) -> Org {
    Org {
        key,
        name,
        family,
        about: "",
        languages,
        sites,
        offers,
    }
}

const fn oa(
    key: &'static str,
    name: &'static str,
    about: &'static str,
    languages: &'static [&'static str],
    sites: &'static [Site],
    offers: &'static [(&'static str, &'static [usize])],
) -> Org {
    Org {
        key,
        name,
        family: Family::Association,
        about,
        languages,
        sites,
        offers,
    }
}

use Family::{Awo, Caritas, Diakonie, Drk, Jewish, Municipal, Paritaet, Vhs};

pub(super) const ORGS: &[Org] = &[
    // ---- Halle (Saale) ----
    o(
        "awo-halle",
        "AWO Kreisverband Halle (Saale) e. V.",
        Awo,
        &["ar", "ru", "en"],
        &[
            s("halle-mitte", "AWO Beratungszentrum Halle-Mitte", 0),
            s("halle-neustadt", "AWO Stadtteilbüro Halle-Neustadt", 2),
        ],
        &[("mbe", S01), ("debt", S0), ("pregnancy", S0)],
    ),
    o(
        "caritas-halle",
        "Caritasverband für das Bistum Magdeburg – Regionalstelle Halle",
        Caritas,
        &["fa", "prs", "en"],
        &[s("halle-sued", "Caritas-Haus Halle", 1)],
        &[("mbe", S0), ("pregnancy-church", S0), ("addiction", S0)],
    ),
    o(
        "diakonie-halle",
        "Diakoniewerk Halle gGmbH",
        Diakonie,
        &["ar", "tr", "ku"],
        &[s("halle-ost", "Diakonie-Beratungshaus Halle", 0)],
        &[
            ("jmd", S0),
            ("family-ebs", S0),
            ("homeless", S0),
            ("tenancy", S0),
        ],
    ),
    o(
        "drk-halle",
        "DRK Kreisverband Halle-Saalekreis e. V.",
        Drk,
        &["ar", "uk", "ru"],
        &[
            s("halle-neustadt", "DRK Begegnungszentrum Halle-Neustadt", 1),
            s("halle-nord", "DRK Tagestreff Halle-Nord", 2),
        ],
        &[("msa", S0), ("fsa", S0), ("homeless-daycenter", S1)],
    ),
    oa(
        "psz-lsa",
        "Psychosoziales Zentrum für Migrantinnen und Migranten Sachsen-Anhalt e. V.",
        "Landesweit tätiger Verein, der Geflüchteten mit Trauma- und Gewalterfahrungen \
         psychosoziale Beratung und Psychotherapie anbietet.",
        &[],
        &[
            s("halle-mitte", "PSZ Standort Halle", 4),
            s("md-stadtfeld", "PSZ Standort Magdeburg", 0),
        ],
        &[("psz", S01), ("psz-kids", S0), ("victim-support", S0)],
    ),
    o(
        "paritaet-halle",
        "Paritätisches Beratungszentrum Halle (Saale) gGmbH",
        Paritaet,
        &["en", "ar"],
        &[s("halle-sued", "Haus der Teilhabe Halle", 0)],
        &[("eutb", S0), ("disability-migrants", S0)],
    ),
    oa(
        "frauen-halle",
        "Frauen helfen Frauen Halle e. V.",
        "Verein, der das Frauenhaus, die Interventionsstelle und die Fachberatung gegen \
         sexualisierte Gewalt in Halle (Saale) trägt.",
        &["en", "ar", "ru"],
        &[
            s("halle-mitte", "Interventionsstelle Halle", 0),
            anon("halle-suedstadt", "Frauenhaus Halle"),
        ],
        &[
            ("intervention", S0),
            ("shelter", S1),
            ("sexual-violence", S0),
        ],
    ),
    oa(
        "familienplanung-halle",
        "Zentrum für Familienplanung und Sexualberatung Halle e. V.",
        "Unabhängiger Verein für Sexualaufklärung, Familienplanung und \
         Schwangerschaftsberatung.",
        &["en", "fa", "ar"],
        &[s(
            "halle-mitte",
            "Beratungszentrum für Familienplanung Halle",
            1,
        )],
        &[("pregnancy", S0), ("family-couple", S0)],
    ),
    oa(
        "sucht-halle",
        "Suchthilfe Halle gGmbH",
        "Gemeinnütziger Träger der ambulanten Suchthilfe mit Beratung, Behandlung und \
         Nachsorge.",
        &["ru", "en"],
        &[s("halle-nord", "Suchtberatungszentrum Halle-Nord", 0)],
        &[("addiction", S0), ("addiction-youth", S0)],
    ),
    o(
        "stadt-halle",
        "Stadt Halle (Saale) – Fachbereich Gesundheit und Integration",
        Municipal,
        &["en"],
        &[
            s("halle-mitte", "Gesundheitsamt Halle (Saale)", 0),
            s("halle-ost", "Integrationsbüro Halle (Saale)", 4),
        ],
        &[
            ("health-spdi", S0),
            ("integration-coord", S1),
            ("early-help", S0),
            ("care-counselling", S0),
        ],
    ),
    o(
        "vhs-halle",
        "Volkshochschule Halle (Saale)",
        Vhs,
        &[],
        &[s("halle-ost", "VHS-Bildungshaus Halle", 0)],
        &[
            ("integration-course", S0),
            ("job-language", S0),
            ("german-selfpay", S0),
        ],
    ),
    oa(
        "iq-lsa",
        "IQ Beratungsnetzwerk Sachsen-Anhalt",
        "Landesweites Netzwerk zur Anerkennung ausländischer Berufsabschlüsse und zur fairen \
         Integration in den Arbeitsmarkt.",
        &["ar", "ru", "uk", "es"],
        &[
            s("halle-mitte", "IQ Anerkennungsberatung Halle", 0),
            s("md-altstadt", "IQ Anerkennungsberatung Magdeburg", 0),
            s("dessau-mitte", "IQ Anerkennungsberatung Dessau", 1),
        ],
        &[("recognition", S012), ("fair-work", S1)],
    ),
    oa(
        "arbeit-bildung-lsa",
        "Arbeit und Bildung Sachsen-Anhalt e. V.",
        "Träger der politischen und beruflichen Bildung mit Beratung für Beschäftigte aus der \
         EU.",
        &["pl", "ro", "bg"],
        &[
            s("md-sudenburg", "Beratungsbüro Magdeburg", 1),
            s("halle-sued", "Beratungsbüro Halle", 2),
        ],
        &[("eu-workers", S01), ("fair-work-counselling", S01)],
    ),
    o(
        "jg-halle",
        "Jüdische Gemeinde zu Halle (Saale)",
        Jewish,
        &["ru", "uk", "he"],
        &[s("halle-mitte", "Gemeindezentrum Halle", 2)],
        &[("seniors", S0), ("mbe", S0)],
    ),
    oa(
        "queer-lsa",
        "Queeres Netzwerk Sachsen-Anhalt e. V.",
        "Landesweiter Verein für die Beratung und Vernetzung lesbischer, schwuler, bisexueller, \
         trans*, inter* und queerer Menschen.",
        &[],
        &[s("md-altstadt", "Queeres Zentrum Magdeburg", 0)],
        &[("queer", S0), ("victim-support", S0)],
    ),
    oa(
        "law-clinic-halle",
        "Refugee Law Clinic Halle e. V.",
        "Studentische Rechtsberatung, die unter Anleitung von Volljuristinnen und Volljuristen \
         kostenlos zu Aufenthalts- und Asylrecht berät.",
        &["en", "fr", "ar"],
        &[s("halle-mitte", "Rechtsberatungsstelle Halle", 2)],
        &[("residence-law", S0), ("anti-discrimination", S0)],
    ),
    oa(
        "aidshilfe-halle",
        "Aidshilfe Halle e. V.",
        "Verein für sexuelle Gesundheit, HIV-Prävention und Begleitung von Menschen mit HIV.",
        &["ru"],
        &[s("halle-sued", "Aidshilfe Halle", 1)],
        &[("health-sexual", S0)],
    ),
    o(
        "stadtmission-halle",
        "Evangelische Stadtmission Halle e. V.",
        Diakonie,
        &["en", "ro", "pl"],
        &[s(
            "halle-suedstadt",
            "Stadtmission Halle – Beratungsstelle Süd",
            1,
        )],
        &[
            ("debt-fee", S0),
            ("family-center", S0),
            ("social-counselling", S0),
        ],
    ),
    oa(
        "clearing-lsa",
        "Clearingstelle Gesundheit Sachsen-Anhalt e. V.",
        "Verein, der Menschen ohne Krankenversicherung berät und medizinische Versorgung \
         vermittelt.",
        &[],
        &[
            s("halle-ost", "Clearingstelle Halle", 0),
            s("md-nord", "Clearingstelle Magdeburg", 1),
        ],
        &[("health-clearing", S01)],
    ),
    // ---- Magdeburg ----
    o(
        "awo-magdeburg",
        "AWO Kreisverband Magdeburg e. V.",
        Awo,
        &["ar", "ru", "uk"],
        &[
            s("md-altstadt", "AWO Beratungshaus Magdeburg", 0),
            s("md-olvenstedt", "AWO Stadtteiltreff Neu Olvenstedt", 1),
        ],
        &[("mbe", S01), ("jmd", S0), ("family-ebs", S0)],
    ),
    o(
        "caritas-magdeburg",
        "Caritasverband für das Bistum Magdeburg – Regionalstelle Magdeburg",
        Caritas,
        &["fa", "prs", "ps", "en"],
        &[s("md-stadtfeld", "Caritas-Beratungszentrum Magdeburg", 0)],
        &[
            ("mbe", S0),
            ("pregnancy-church", S0),
            ("return", S0),
            ("debt", S0),
            ("social-counselling", S0),
        ],
    ),
    o(
        "diakonie-magdeburg",
        "Diakonie Magdeburg gGmbH",
        Diakonie,
        &["ru", "en", "ar"],
        &[
            s("md-sudenburg", "Diakonie-Beratungszentrum Sudenburg", 1),
            s(
                "md-neustadt",
                "Diakonie Wohnungslosenhilfe Neue Neustadt",
                2,
            ),
        ],
        &[
            ("addiction", S0),
            ("homeless", S1),
            ("homeless-daycenter", S1),
            ("tenancy", S1),
        ],
    ),
    o(
        "drk-magdeburg",
        "DRK Kreisverband Magdeburg e. V.",
        Drk,
        &["ar", "ti", "so"],
        &[s("md-neustadt", "DRK Migrationszentrum Magdeburg", 0)],
        &[("msa", S0), ("fsa", S0), ("first-orientation", S0)],
    ),
    o(
        "sg-magdeburg",
        "Synagogen-Gemeinde zu Magdeburg",
        Jewish,
        &["ru", "uk", "he"],
        &[s("md-altstadt", "Gemeindehaus Magdeburg", 5)],
        &[("seniors", S0), ("mbe", S0)],
    ),
    o(
        "stadt-magdeburg",
        "Landeshauptstadt Magdeburg – Gesundheits- und Sozialverwaltung",
        Municipal,
        &["en"],
        &[s(
            "md-altstadt",
            "Bürgerbüro Gesundheit und Soziales Magdeburg",
            4,
        )],
        &[
            ("health-spdi", S0),
            ("early-help", S0),
            ("integration-coord", S0),
            ("care-counselling", S0),
        ],
    ),
    o(
        "vhs-magdeburg",
        "Volkshochschule Magdeburg",
        Vhs,
        &[],
        &[s("md-stadtfeld", "VHS Magdeburg – Haus der Bildung", 0)],
        &[
            ("integration-course", S0),
            ("women-course", S0),
            ("german-selfpay", S0),
        ],
    ),
    oa(
        "frauen-magdeburg",
        "Frauen in Not Magdeburg e. V.",
        "Verein für den Schutz und die Beratung von Frauen und Mädchen, die Gewalt erleben.",
        &["en", "ar", "fa"],
        &[
            s("md-sudenburg", "Beratungsstelle Frauen in Not", 1),
            anon("md-nord", "Frauenhaus Magdeburg"),
        ],
        &[
            ("shelter", S1),
            ("intervention", S0),
            ("sexual-violence", S0),
        ],
    ),
    oa(
        "menschenhandel-lsa",
        "Fachberatungsstelle gegen Menschenhandel Sachsen-Anhalt e. V.",
        "Landesweite Fachberatungsstelle für Betroffene von Menschenhandel, \
         Arbeitsausbeutung und Zwangsverheiratung.",
        &[],
        &[s("md-altstadt", "Fachberatungsstelle Magdeburg", 0)],
        &[("trafficking", S0)],
    ),
    oa(
        "familienplanung-magdeburg",
        "Familienplanungszentrum Magdeburg e. V.",
        "Anerkannte Beratungsstelle für Schwangerschaft, Familienplanung und Partnerschaft.",
        &["en", "ru", "ar"],
        &[s("md-stadtfeld", "Familienplanungszentrum Magdeburg", 1)],
        &[("pregnancy", S0), ("family-couple", S0)],
    ),
    oa(
        "drogenberatung-magdeburg",
        "Jugend- und Drogenberatung Magdeburg e. V.",
        "Verein der Jugend- und Suchthilfe mit Präventionsangeboten an Schulen.",
        &["ru", "ar"],
        &[s(
            "md-altstadt",
            "Jugend- und Drogenberatungsstelle Magdeburg",
            2,
        )],
        &[("addiction-youth", S0)],
    ),
    oa(
        "arbeit-integration-magdeburg",
        "Netzwerk Arbeit und Integration Magdeburg e. V.",
        "Verein, der Geflüchtete auf dem Weg in Ausbildung und Arbeit begleitet.",
        &["ar", "fa", "ti"],
        &[s("md-sudenburg", "Job-Werkstatt Magdeburg", 0)],
        &[("job-coaching", S0)],
    ),
    o(
        "paritaet-magdeburg",
        "Paritätisches Teilhabezentrum Magdeburg gGmbH",
        Paritaet,
        &["en"],
        &[s("md-nord", "Teilhabezentrum Magdeburg", 0)],
        &[("eutb", S0)],
    ),
    oa(
        "fluechtlingsrat-lsa",
        "Flüchtlingsrat Sachsen-Anhalt e. V.",
        "Landesweit tätiger Verein, der sich für die Rechte Geflüchteter einsetzt und \
         unabhängige Verfahrensberatung anbietet.",
        &["ar", "fa", "en", "fr", "ru"],
        &[s("md-stadtfeld", "Geschäftsstelle Magdeburg", 2)],
        &[("asylum", S0), ("anti-discrimination", S0)],
    ),
    oa(
        "sprachzentrum-magdeburg",
        "Bildungszentrum Sprache und Beruf Magdeburg gGmbH",
        "Zugelassener Träger von Integrations- und Berufssprachkursen.",
        &[],
        &[s("md-neustadt", "Sprachzentrum Magdeburg-Nord", 0)],
        &[("job-language", S0), ("integration-course", S0)],
    ),
    // ---- Dessau-Roßlau ----
    o(
        "awo-dessau",
        "AWO Kreisverband Dessau-Roßlau e. V.",
        Awo,
        &["ar", "ru"],
        &[s("dessau-nord", "AWO Beratungszentrum Dessau", 0)],
        &[
            ("mbe", S0),
            ("debt", S0),
            ("family-center", S0),
            ("tenancy", S0),
        ],
    ),
    o(
        "caritas-dessau",
        "Caritasverband für das Bistum Magdeburg – Regionalstelle Dessau",
        Caritas,
        &["en", "fa"],
        &[s("dessau-mitte", "Caritas-Haus Dessau", 1)],
        &[("jmd", S0), ("pregnancy-church", S0)],
    ),
    o(
        "diakonie-dessau",
        "Diakonisches Werk im Kirchenkreis Dessau e. V.",
        Diakonie,
        &["en"],
        &[
            s("dessau-mitte", "Diakonie-Beratungshaus Dessau", 2),
            s("rosslau", "Diakonie-Treff Roßlau", 1),
        ],
        &[("addiction", S01), ("family-ebs", S0), ("homeless", S0)],
    ),
    o(
        "drk-dessau",
        "DRK Kreisverband Dessau-Roßlau e. V.",
        Drk,
        &["ar", "ti"],
        &[s("dessau-sued", "DRK Zentrum Dessau-Süd", 1)],
        &[("msa", S0), ("fsa", S0)],
    ),
    o(
        "stadt-dessau",
        "Stadt Dessau-Roßlau – Amt für Gesundheit und Soziales",
        Municipal,
        &[],
        &[s("dessau-mitte", "Gesundheitsamt Dessau-Roßlau", 0)],
        &[("health-spdi", S0), ("integration-coord", S0)],
    ),
    o(
        "vhs-dessau",
        "Volkshochschule Dessau-Roßlau",
        Vhs,
        &[],
        &[s("dessau-nord", "VHS Dessau", 0)],
        &[("integration-course", S0), ("job-language", S0)],
    ),
    oa(
        "frauen-dessau",
        "Frauenschutz Dessau-Roßlau e. V.",
        "Verein, der das Frauenhaus in Dessau-Roßlau trägt.",
        &["en", "ru"],
        &[anon("dessau-nord", "Frauenhaus Dessau-Roßlau")],
        &[("shelter", S0)],
    ),
    o(
        "jg-dessau",
        "Jüdische Gemeinde zu Dessau",
        Jewish,
        &["ru", "uk"],
        &[s("dessau-mitte", "Gemeindezentrum Dessau", 2)],
        &[("seniors", S0)],
    ),
    o(
        "teilhabe-anhalt",
        "Teilhabeberatung Anhalt e. V.",
        Paritaet,
        &[],
        &[
            s("dessau-nord", "EUTB Dessau", 1),
            s("koethen", "EUTB Außenstelle Köthen", 0),
        ],
        &[("eutb", S01)],
    ),
    // ---- Altmarkkreis Salzwedel ----
    o(
        "awo-altmark-west",
        "AWO Kreisverband Altmark-West e. V.",
        Awo,
        &["ar", "ru"],
        &[
            s("salzwedel", "AWO Beratungsstelle Salzwedel", 1),
            s("gardelegen", "AWO Beratungsbüro Gardelegen", 2),
        ],
        &[("mbe", S01), ("jmd", S1), ("family-center", S0)],
    ),
    o(
        "diakonie-salzwedel",
        "Diakonisches Werk Altmark-West e. V.",
        Diakonie,
        &["en"],
        &[s("salzwedel", "Diakonie-Beratungszentrum Salzwedel", 0)],
        &[("debt", S0), ("addiction", S0), ("pregnancy", S0)],
    ),
    o(
        "lk-salzwedel",
        "Altmarkkreis Salzwedel – Fachdienst Gesundheit und Soziales",
        Municipal,
        &[],
        &[s("salzwedel", "Kreisverwaltung Salzwedel", 0)],
        &[("health-spdi", S0), ("msa", S0)],
    ),
    o(
        "kvhs-salzwedel",
        "Kreisvolkshochschule Altmarkkreis Salzwedel",
        Vhs,
        &[],
        &[
            s("salzwedel", "KVHS Salzwedel", 1),
            s("kloetze", "KVHS Außenstelle Klötze", 2),
        ],
        &[("integration-course", S01)],
    ),
    oa(
        "frauen-salzwedel",
        "Frauenhaus Altmark-West e. V.",
        "Verein, der das Frauenhaus im Altmarkkreis Salzwedel trägt.",
        &[],
        &[anon("salzwedel", "Frauenhaus Salzwedel")],
        &[("shelter", S0)],
    ),
    // ---- Anhalt-Bitterfeld ----
    o(
        "awo-anhalt-bitterfeld",
        "AWO Kreisverband Anhalt-Bitterfeld e. V.",
        Awo,
        &["ar", "ru", "uk"],
        &[
            s("koethen", "AWO Beratungszentrum Köthen", 0),
            s("bitterfeld", "AWO Beratungsbüro Bitterfeld", 1),
        ],
        &[("mbe", S01), ("debt", S1)],
    ),
    o(
        "drk-koethen",
        "DRK Kreisverband Köthen e. V.",
        Drk,
        &["ar"],
        &[s("koethen", "DRK Begegnungsstätte Köthen", 2)],
        &[("msa", S0), ("fsa", S0)],
    ),
    o(
        "diakonie-anhalt-bitterfeld",
        "Diakonie Anhalt-Bitterfeld gGmbH",
        Diakonie,
        &[],
        &[
            s("wolfen", "Diakonie-Beratungshaus Wolfen", 1),
            s("zerbst", "Diakonie-Beratung Zerbst", 2),
        ],
        &[("addiction", S01), ("pregnancy", S0), ("family-ebs", S0)],
    ),
    o(
        "lk-anhalt-bitterfeld",
        "Landkreis Anhalt-Bitterfeld – Gesundheits- und Jugendamt",
        Municipal,
        &[],
        &[s("koethen", "Kreisverwaltung Köthen", 4)],
        &[("health-spdi", S0), ("early-help", S0)],
    ),
    oa(
        "jugendbildungswerk-anhalt",
        "Jugendbildungswerk Anhalt gGmbH",
        "Freier Träger der Jugendsozialarbeit mit Jugendmigrationsdienst und \
         Berufsorientierung.",
        &["ar", "ru", "en"],
        &[s("bitterfeld", "Jugendbildungswerk Bitterfeld", 0)],
        &[("jmd", S0), ("job-coaching", S0), ("victim-support", S0)],
    ),
    o(
        "kvhs-anhalt-bitterfeld",
        "Kreisvolkshochschule Anhalt-Bitterfeld",
        Vhs,
        &[],
        &[s("bitterfeld", "KVHS Bitterfeld-Wolfen", 0)],
        &[("integration-course", S0)],
    ),
    oa(
        "frauen-anhalt-bitterfeld",
        "Frauenschutzhaus Anhalt-Bitterfeld e. V.",
        "Verein, der das Frauenschutzhaus im Landkreis Anhalt-Bitterfeld trägt.",
        &["en"],
        &[anon("bitterfeld", "Frauenschutzhaus Bitterfeld-Wolfen")],
        &[("shelter", S0)],
    ),
    // ---- Börde ----
    o(
        "awo-boerde",
        "AWO Kreisverband Börde e. V.",
        Awo,
        &["ar", "ru"],
        &[
            s("haldensleben", "AWO Beratungszentrum Haldensleben", 0),
            s("oschersleben", "AWO Beratungsbüro Oschersleben", 2),
        ],
        &[("mbe", S01), ("family-ebs", S0)],
    ),
    o(
        "drk-boerde",
        "DRK Kreisverband Börde e. V.",
        Drk,
        &["ar", "fa"],
        &[s("wolmirstedt", "DRK Sozialstation Wolmirstedt", 1)],
        &[("msa", S0), ("fsa", S0)],
    ),
    o(
        "diakonie-boerde",
        "Diakonisches Werk Börde e. V.",
        Diakonie,
        &[],
        &[
            s("haldensleben", "Diakonie-Beratungsstelle Haldensleben", 2),
            s("wanzleben", "Diakonie-Beratungsbüro Wanzleben", 1),
        ],
        &[("debt", S0), ("addiction", S01), ("pregnancy", S0)],
    ),
    o(
        "lk-boerde",
        "Landkreis Börde – Gesundheitsamt",
        Municipal,
        &[],
        &[s("haldensleben", "Gesundheitsamt Haldensleben", 0)],
        &[("health-spdi", S0)],
    ),
    o(
        "kvhs-boerde",
        "Kreisvolkshochschule Börde",
        Vhs,
        &[],
        &[s("oschersleben", "KVHS Oschersleben", 1)],
        &[("integration-course", S0)],
    ),
    o(
        "lebenshilfe-boerde",
        "Lebenshilfe Börde e. V.",
        Paritaet,
        &[],
        &[s("haldensleben", "Lebenshilfe-Beratung Haldensleben", 0)],
        &[("eutb", S0)],
    ),
    // ---- Burgenlandkreis ----
    o(
        "awo-burgenlandkreis",
        "AWO Kreisverband Burgenlandkreis e. V.",
        Awo,
        &["ar", "ru"],
        &[
            s("naumburg", "AWO Beratungszentrum Naumburg", 0),
            s("zeitz", "AWO Beratungsbüro Zeitz", 2),
        ],
        &[("mbe", S01), ("debt", S0)],
    ),
    o(
        "caritas-weissenfels",
        "Caritasverband für das Bistum Magdeburg – Regionalstelle Weißenfels",
        Caritas,
        &["en", "fa"],
        &[s("weissenfels", "Caritas-Beratungszentrum Weißenfels", 1)],
        &[
            ("pregnancy-church", S0),
            ("addiction", S0),
            ("return", S0),
            ("fair-work-counselling", S0),
        ],
    ),
    o(
        "diakonie-naumburg-zeitz",
        "Diakonisches Werk im Kirchenkreis Naumburg-Zeitz e. V.",
        Diakonie,
        &["en", "ar"],
        &[
            s("zeitz", "Diakonie-Beratungshaus Zeitz", 2),
            s("naumburg", "Diakonie-Treff Naumburg", 0),
        ],
        &[("jmd", S0), ("family-ebs", S1), ("homeless", S0)],
    ),
    o(
        "drk-weissenfels",
        "DRK Kreisverband Weißenfels e. V.",
        Drk,
        &["ar", "uk"],
        &[
            s("weissenfels", "DRK Migrationsbüro Weißenfels", 0),
            s("hohenmoelsen", "DRK Außenstelle Hohenmölsen", 1),
        ],
        &[("msa", S01), ("fsa", S0)],
    ),
    o(
        "lk-burgenlandkreis",
        "Burgenlandkreis – Gesundheitsamt",
        Municipal,
        &[],
        &[s("naumburg", "Gesundheitsamt Naumburg", 4)],
        &[("health-spdi", S0)],
    ),
    o(
        "kvhs-burgenlandkreis",
        "Kreisvolkshochschule Burgenlandkreis",
        Vhs,
        &[],
        &[
            s("naumburg", "KVHS Naumburg", 0),
            s("zeitz", "KVHS Zeitz", 1),
        ],
        &[("integration-course", S01), ("women-course", S1)],
    ),
    oa(
        "frauen-burgenlandkreis",
        "Frauen- und Kinderschutzhaus Burgenlandkreis e. V.",
        "Verein, der das Frauenhaus und die Interventionsstelle im Burgenlandkreis trägt.",
        &["en"],
        &[
            s("weissenfels", "Interventionsstelle Weißenfels", 1),
            anon("naumburg", "Frauenhaus Burgenlandkreis"),
        ],
        &[("intervention", S0), ("shelter", S1)],
    ),
    o(
        "teilhabe-burgenland",
        "Teilhabe im Burgenland e. V.",
        Paritaet,
        &[],
        &[s("weissenfels", "EUTB Weißenfels", 0)],
        &[("eutb", S0)],
    ),
    // ---- Harz ----
    o(
        "awo-harz",
        "AWO Kreisverband Harz e. V.",
        Awo,
        &["ar", "ru", "tr"],
        &[
            s("halberstadt", "AWO Beratungszentrum Halberstadt", 0),
            s("wernigerode", "AWO Beratungsbüro Wernigerode", 1),
        ],
        &[("mbe", S01), ("debt", S0), ("anti-discrimination", S0)],
    ),
    o(
        "caritas-halberstadt",
        "Caritasverband für das Bistum Magdeburg – Regionalstelle Halberstadt",
        Caritas,
        &["fa", "en"],
        &[s("halberstadt", "Caritas-Haus Halberstadt", 2)],
        &[("jmd", S0), ("pregnancy-church", S0)],
    ),
    o(
        "diakonie-halberstadt",
        "Diakonisches Werk im Kirchenkreis Halberstadt e. V.",
        Diakonie,
        &[],
        &[
            s("quedlinburg", "Diakonie-Beratungszentrum Quedlinburg", 2),
            s("blankenburg", "Diakonie-Beratung Blankenburg", 1),
        ],
        &[("addiction", S01), ("family-ebs", S0), ("homeless", S0)],
    ),
    o(
        "drk-wernigerode",
        "DRK Kreisverband Wernigerode e. V.",
        Drk,
        &["ar", "ku"],
        &[s("wernigerode", "DRK Integrationszentrum Wernigerode", 0)],
        &[("msa", S0), ("fsa", S0)],
    ),
    o(
        "lk-harz",
        "Landkreis Harz – Gesundheitsamt und Integrationskoordination",
        Municipal,
        &[],
        &[s("halberstadt", "Kreisverwaltung Halberstadt", 4)],
        &[
            ("health-spdi", S0),
            ("integration-coord", S0),
            ("care-counselling", S0),
        ],
    ),
    o(
        "kvhs-harz",
        "Kreisvolkshochschule Harz",
        Vhs,
        &[],
        &[
            s("halberstadt", "KVHS Halberstadt", 0),
            s("quedlinburg", "KVHS Quedlinburg", 1),
        ],
        &[("integration-course", S01), ("job-language", S0)],
    ),
    o(
        "lebenshilfe-harz",
        "Lebenshilfe Harzkreis e. V.",
        Paritaet,
        &[],
        &[s("wernigerode", "Teilhabeberatung Wernigerode", 1)],
        &[("eutb", S0)],
    ),
    oa(
        "frauen-harz",
        "Frauenhaus Harz e. V.",
        "Verein, der das Frauenhaus im Landkreis Harz trägt.",
        &["en"],
        &[anon("halberstadt", "Frauenhaus Harz")],
        &[("shelter", S0)],
    ),
    // ---- Jerichower Land ----
    o(
        "awo-jerichower-land",
        "AWO Kreisverband Jerichower Land e. V.",
        Awo,
        &["ar", "ru"],
        &[s("burg", "AWO Beratungszentrum Burg", 0)],
        &[("mbe", S0), ("jmd", S0), ("debt", S0)],
    ),
    o(
        "diakonie-jerichower-land",
        "Diakonie Jerichower Land e. V.",
        Diakonie,
        &[],
        &[
            s("genthin", "Diakonie-Beratungshaus Genthin", 2),
            s("burg", "Diakonie-Beratung Burg", 1),
        ],
        &[
            ("addiction", S01),
            ("pregnancy", S1),
            ("family-ebs", S0),
            ("social-counselling", S0),
        ],
    ),
    o(
        "lk-jerichower-land",
        "Landkreis Jerichower Land – Sozial- und Gesundheitsamt",
        Municipal,
        &[],
        &[s("burg", "Kreisverwaltung Burg", 0)],
        &[("msa", S0), ("health-spdi", S0)],
    ),
    o(
        "kvhs-jerichower-land",
        "Kreisvolkshochschule Jerichower Land",
        Vhs,
        &[],
        &[s("burg", "KVHS Burg", 1)],
        &[("integration-course", S0)],
    ),
    // ---- Mansfeld-Südharz ----
    o(
        "awo-mansfeld-suedharz",
        "AWO Kreisverband Mansfeld-Südharz e. V.",
        Awo,
        &["ar", "ru"],
        &[
            s("sangerhausen", "AWO Beratungszentrum Sangerhausen", 0),
            s("eisleben", "AWO Beratungsbüro Eisleben", 2),
        ],
        &[("mbe", S01), ("family-center", S0)],
    ),
    o(
        "caritas-eisleben",
        "Caritasverband für das Bistum Magdeburg – Regionalstelle Eisleben",
        Caritas,
        &["en"],
        &[s("eisleben", "Caritas-Beratungszentrum Eisleben", 1)],
        &[("debt", S0), ("pregnancy-church", S0), ("tenancy", S0)],
    ),
    o(
        "diakonie-mansfelder-land",
        "Diakonie Mansfelder Land e. V.",
        Diakonie,
        &["ar", "en"],
        &[
            s("mansfeld", "Diakonie-Beratungshaus Mansfeld", 2),
            s("eisleben", "Diakonie-Treff Eisleben", 0),
        ],
        &[("addiction", S01), ("jmd", S1), ("homeless", S1)],
    ),
    o(
        "lk-mansfeld-suedharz",
        "Landkreis Mansfeld-Südharz – Fachbereich Soziales und Gesundheit",
        Municipal,
        &[],
        &[s("sangerhausen", "Kreisverwaltung Sangerhausen", 0)],
        &[("msa", S0), ("health-spdi", S0)],
    ),
    o(
        "kvhs-mansfeld-suedharz",
        "Kreisvolkshochschule Mansfeld-Südharz",
        Vhs,
        &[],
        &[s("eisleben", "KVHS Eisleben", 2)],
        &[("integration-course", S0)],
    ),
    oa(
        "frauen-mansfeld-suedharz",
        "Frauenhaus Mansfeld-Südharz e. V.",
        "Verein, der das Frauenhaus im Landkreis Mansfeld-Südharz trägt.",
        &[],
        &[anon("sangerhausen", "Frauenhaus Sangerhausen")],
        &[("shelter", S0)],
    ),
    // ---- Saalekreis ----
    o(
        "awo-saalekreis",
        "AWO Kreisverband Saalekreis e. V.",
        Awo,
        &["ar", "ru", "uk"],
        &[s("merseburg", "AWO Beratungszentrum Merseburg", 0)],
        &[("mbe", S0), ("jmd", S0), ("debt", S0)],
    ),
    o(
        "diakonie-merseburg",
        "Diakonie Merseburg e. V.",
        Diakonie,
        &[],
        &[
            s("merseburg", "Diakonie-Beratungshaus Merseburg", 1),
            s("querfurt", "Diakonie-Beratung Querfurt", 2),
        ],
        &[("addiction", S01), ("pregnancy", S0), ("family-ebs", S0)],
    ),
    o(
        "drk-merseburg-querfurt",
        "DRK Kreisverband Merseburg-Querfurt e. V.",
        Drk,
        &["ar", "fa"],
        &[
            s("querfurt", "DRK Begegnungszentrum Querfurt", 1),
            s("leuna", "DRK Sozialbüro Leuna", 0),
        ],
        &[("msa", S01), ("fsa", S0)],
    ),
    o(
        "lk-saalekreis",
        "Landkreis Saalekreis – Gesundheitsamt",
        Municipal,
        &[],
        &[s("merseburg", "Gesundheitsamt Merseburg", 4)],
        &[("health-spdi", S0), ("early-help", S0)],
    ),
    o(
        "kvhs-saalekreis",
        "Kreisvolkshochschule Saalekreis",
        Vhs,
        &[],
        &[s("merseburg", "KVHS Merseburg", 0)],
        &[("integration-course", S0), ("women-course", S0)],
    ),
    o(
        "teilhabe-saalekreis",
        "Teilhabeberatung Saalekreis gGmbH",
        Paritaet,
        &[],
        &[s("merseburg", "EUTB Merseburg", 0)],
        &[("eutb", S0)],
    ),
    // ---- Salzlandkreis ----
    o(
        "awo-salzland",
        "AWO Kreisverband Salzland e. V.",
        Awo,
        &["ar", "ru", "tr"],
        &[
            s("bernburg", "AWO Beratungszentrum Bernburg", 0),
            s("schoenebeck", "AWO Beratungsbüro Schönebeck", 1),
        ],
        &[
            ("mbe", S01),
            ("jmd", S1),
            ("debt", S0),
            ("fair-work-counselling", S0),
        ],
    ),
    o(
        "caritas-schoenebeck",
        "Caritasverband für das Bistum Magdeburg – Regionalstelle Schönebeck",
        Caritas,
        &[],
        &[s("schoenebeck", "Caritas-Haus Schönebeck", 2)],
        &[("pregnancy-church", S0), ("addiction", S0)],
    ),
    o(
        "diakonie-egeln",
        "Diakonisches Werk im Kirchenkreis Egeln e. V.",
        Diakonie,
        &[],
        &[s(
            "aschersleben",
            "Diakonie-Beratungszentrum Aschersleben",
            1,
        )],
        &[("family-ebs", S0), ("homeless", S0), ("pregnancy", S0)],
    ),
    o(
        "drk-stassfurt-aschersleben",
        "DRK Kreisverband Staßfurt-Aschersleben e. V.",
        Drk,
        &["ar", "ku"],
        &[s("stassfurt", "DRK Migrationsbüro Staßfurt", 0)],
        &[("msa", S0), ("fsa", S0)],
    ),
    o(
        "lk-salzlandkreis",
        "Salzlandkreis – Gesundheitsamt und Integrationsbüro",
        Municipal,
        &[],
        &[s("bernburg", "Kreisverwaltung Bernburg", 0)],
        &[("health-spdi", S0), ("integration-coord", S0)],
    ),
    o(
        "kvhs-salzlandkreis",
        "Kreisvolkshochschule Salzlandkreis",
        Vhs,
        &[],
        &[
            s("schoenebeck", "KVHS Schönebeck", 0),
            s("bernburg", "KVHS Bernburg", 1),
        ],
        &[("integration-course", S01)],
    ),
    oa(
        "frauen-salzland",
        "Frauen helfen Frauen Salzland e. V.",
        "Verein, der das Frauenhaus und die Interventionsstelle im Salzlandkreis trägt.",
        &["en", "ar"],
        &[
            s("aschersleben", "Interventionsstelle Aschersleben", 2),
            anon("bernburg", "Frauenhaus Salzlandkreis"),
        ],
        &[("intervention", S0), ("shelter", S1)],
    ),
    // ---- Stendal ----
    o(
        "awo-stendal",
        "AWO Kreisverband Stendal e. V.",
        Awo,
        &["ar", "ru"],
        &[
            s("stendal", "AWO Beratungszentrum Stendal", 0),
            s("osterburg", "AWO Beratungsbüro Osterburg", 2),
        ],
        &[("mbe", S01), ("debt", S0)],
    ),
    o(
        "diakonie-stendal",
        "Diakonisches Werk im Kirchenkreis Stendal e. V.",
        Diakonie,
        &["en"],
        &[
            s("stendal", "Diakonie-Beratungshaus Stendal", 1),
            s("havelberg", "Diakonie-Beratung Havelberg", 2),
        ],
        &[("jmd", S0), ("addiction", S01), ("pregnancy", S0)],
    ),
    o(
        "drk-oestliche-altmark",
        "DRK Kreisverband Östliche Altmark e. V.",
        Drk,
        &["ar", "ti"],
        &[
            s("tangermuende", "DRK Begegnungsstätte Tangermünde", 1),
            s("stendal", "DRK Wohnungsnotfallhilfe Stendal", 0),
        ],
        &[("msa", S0), ("homeless", S1)],
    ),
    o(
        "lk-stendal",
        "Landkreis Stendal – Gesundheits- und Jugendamt",
        Municipal,
        &[],
        &[s("stendal", "Kreisverwaltung Stendal", 4)],
        &[
            ("health-spdi", S0),
            ("early-help", S0),
            ("care-counselling", S0),
        ],
    ),
    o(
        "kvhs-stendal",
        "Kreisvolkshochschule Stendal",
        Vhs,
        &[],
        &[s("stendal", "KVHS Stendal", 0)],
        &[("integration-course", S0), ("first-orientation", S0)],
    ),
    oa(
        "frauen-stendal",
        "Frauenhaus Stendal e. V.",
        "Verein, der das Frauenhaus im Landkreis Stendal trägt.",
        &["en"],
        &[anon("stendal", "Frauenhaus Stendal")],
        &[("shelter", S0)],
    ),
    o(
        "teilhabe-altmark",
        "Teilhabeberatung Altmark e. V.",
        Paritaet,
        &[],
        &[
            s("stendal", "EUTB Stendal", 1),
            s("salzwedel", "EUTB Außenstelle Salzwedel", 0),
        ],
        &[("eutb", S01)],
    ),
    // ---- Wittenberg ----
    o(
        "awo-wittenberg",
        "AWO Kreisverband Wittenberg e. V.",
        Awo,
        &["ar", "ru", "uk"],
        &[
            s("wittenberg", "AWO Beratungszentrum Wittenberg", 0),
            s("graefenhainichen", "AWO Beratungsbüro Gräfenhainichen", 1),
        ],
        &[
            ("mbe", S01),
            ("family-center", S0),
            ("social-counselling", S1),
        ],
    ),
    o(
        "diakonie-wittenberg",
        "Diakonisches Werk im Kirchenkreis Wittenberg e. V.",
        Diakonie,
        &[],
        &[s("wittenberg", "Diakonie-Beratungszentrum Wittenberg", 2)],
        &[("debt-fee", S0), ("addiction", S0), ("pregnancy", S0)],
    ),
    o(
        "drk-wittenberg",
        "DRK Kreisverband Wittenberg e. V.",
        Drk,
        &["ar", "fa"],
        &[
            s("jessen", "DRK Begegnungszentrum Jessen", 1),
            s("wittenberg", "DRK Jugendtreff Wittenberg", 0),
        ],
        &[("msa", S0), ("jmd", S1)],
    ),
    o(
        "lk-wittenberg",
        "Landkreis Wittenberg – Gesundheitsamt",
        Municipal,
        &[],
        &[s("wittenberg", "Gesundheitsamt Wittenberg", 0)],
        &[("health-spdi", S0)],
    ),
    o(
        "kvhs-wittenberg",
        "Kreisvolkshochschule Wittenberg",
        Vhs,
        &[],
        &[s("wittenberg", "KVHS Wittenberg", 1)],
        &[("integration-course", S0)],
    ),
    oa(
        "frauen-wittenberg",
        "Frauenhaus Wittenberg e. V.",
        "Verein, der das Frauenhaus im Landkreis Wittenberg trägt.",
        &[],
        &[anon("wittenberg", "Frauenhaus Wittenberg")],
        &[("shelter", S0)],
    ),
];
