import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@tertial/store";
import { createEngine, renderText, type Answer, type Engine, type Intent } from "../src/index.ts";
import { openRealReportsDb } from "./real-reports-db.ts";

let real: Awaited<ReturnType<typeof openRealReportsDb>>;
let db: Db;
let engine: Engine;

beforeAll(async () => {
  real = await openRealReportsDb();
  db = real.db;
  engine = createEngine(db);
}, 120_000);

afterAll(() => real.close());

/** "file:line name" for each item, in answer order. */
const itemKeys = (answer: Answer) => answer.items.map((item) => `${item.source.file}:${item.source.line} ${item.name}`);

type Row = [
  question: string,
  intent: Intent,
  language: "sv" | "en",
  organisations: string[],
  periods: string[],
  periodIsDefault: boolean,
  items: string[],
];

// The expected items were read off the engine and checked against the report texts (line numbers are the
// reports' own). Engine v2 changed some on purpose: a question without a scope covers each committee's
// latest report; a status list holds only the statuses asked for (an off-track list says how many more
// are at risk); budget questions without a subject show the totals, with a subject the row and its prose.
const TABLE: Row[] = [
  [
    "vilka indikatorer är försenade denna tertial?",
    "indicator-list",
    "sv",
    ["Norrmalms stadsdelsnämnd", "Socialnämnden"],
    ["T1 2020", "T2 2021"],
    true,
    [
      "norrmalm-t2-2021.txt:224 Andel barn som lever i familjer som har ekonomiskt bistånd",
      "norrmalm-t2-2021.txt:230 Andel vuxna med långvarigt ekonomiskt bistånd jämfört med samtliga vuxna invånare",
      "norrmalm-t2-2021.txt:238 Antal tillhandahållna platser för Stockholmsjobb",
      "norrmalm-t2-2021.txt:548 Andel nöjda föräldrar till barn i förskolan",
      "norrmalm-t2-2021.txt:589 Andel vårdnadshavare som upplever att förskolan i sin helhet är trygg och säker för sitt barn",
      "norrmalm-t2-2021.txt:740 Andel avhysningar som kunnat avväjas efter inkommet meddelande till förvaltningen från kronofogdemyndigheten",
      "norrmalm-t2-2021.txt:744 Andel barn och ungdomar anmälda för brott som tillsammans med föräldrar eller vårdnadshavare kallats till samtal med socialtjänsten inom 48 timmar",
      "norrmalm-t2-2021.txt:756 Andel familjehemsplacerade barn i skolåldern som klarar målen i kärnämnen i grundskolan",
      "norrmalm-t2-2021.txt:1014 Andel digitala inköp i hemtjänsten",
      "norrmalm-t2-2021.txt:1039 Antal personal en hemtjänsttagare med minst två besök om dagen möter under en 14-dagarsperiod",
      "norrmalm-t2-2021.txt:1536 Aktivt Medskapandeindex",
      "norrmalm-t2-2021.txt:1538 Andel av personalkostnader inom socialtjänstens myndighetsutövning som är för externa konsulter",
      "norrmalm-t2-2021.txt:1542 Index Bra arbetsgivare",
      "socialnamnden-t1-2020.txt:1636 Aktivt Medskapandeindex",
      "socialnamnden-t1-2020.txt:1642 Andel tjänsteutlåtanden som innehåller en jämställdhetsanalys",
      "socialnamnden-t1-2020.txt:1650 Sjukfrånvaro",
      "socialnamnden-t1-2020.txt:1652 Sjukfrånvaro dag 1-14",
    ],
  ],
  [
    "vilka indikatorer är forsenade för Socialnämnden?",
    "indicator-list",
    "sv",
    ["Socialnämnden"],
    ["T1 2020"],
    true,
    [
      "socialnamnden-t1-2020.txt:1636 Aktivt Medskapandeindex",
      "socialnamnden-t1-2020.txt:1642 Andel tjänsteutlåtanden som innehåller en jämställdhetsanalys",
      "socialnamnden-t1-2020.txt:1650 Sjukfrånvaro",
      "socialnamnden-t1-2020.txt:1652 Sjukfrånvaro dag 1-14",
    ],
  ],
  [
    "which indicators are off track for Norrmalm in T2 2021?",
    "indicator-list",
    "en",
    ["Norrmalms stadsdelsnämnd"],
    ["T2 2021"],
    false,
    [
      "norrmalm-t2-2021.txt:224 Andel barn som lever i familjer som har ekonomiskt bistånd",
      "norrmalm-t2-2021.txt:230 Andel vuxna med långvarigt ekonomiskt bistånd jämfört med samtliga vuxna invånare",
      "norrmalm-t2-2021.txt:238 Antal tillhandahållna platser för Stockholmsjobb",
      "norrmalm-t2-2021.txt:548 Andel nöjda föräldrar till barn i förskolan",
      "norrmalm-t2-2021.txt:589 Andel vårdnadshavare som upplever att förskolan i sin helhet är trygg och säker för sitt barn",
      "norrmalm-t2-2021.txt:740 Andel avhysningar som kunnat avväjas efter inkommet meddelande till förvaltningen från kronofogdemyndigheten",
      "norrmalm-t2-2021.txt:744 Andel barn och ungdomar anmälda för brott som tillsammans med föräldrar eller vårdnadshavare kallats till samtal med socialtjänsten inom 48 timmar",
      "norrmalm-t2-2021.txt:756 Andel familjehemsplacerade barn i skolåldern som klarar målen i kärnämnen i grundskolan",
      "norrmalm-t2-2021.txt:1014 Andel digitala inköp i hemtjänsten",
      "norrmalm-t2-2021.txt:1039 Antal personal en hemtjänsttagare med minst två besök om dagen möter under en 14-dagarsperiod",
      "norrmalm-t2-2021.txt:1536 Aktivt Medskapandeindex",
      "norrmalm-t2-2021.txt:1538 Andel av personalkostnader inom socialtjänstens myndighetsutövning som är för externa konsulter",
      "norrmalm-t2-2021.txt:1542 Index Bra arbetsgivare",
    ],
  ],
  [
    "which indicators are behind for soc in T1 2020?",
    "indicator-list",
    "en",
    ["Socialnämnden"],
    ["T1 2020"],
    false,
    [
      "socialnamnden-t1-2020.txt:1636 Aktivt Medskapandeindex",
      "socialnamnden-t1-2020.txt:1642 Andel tjänsteutlåtanden som innehåller en jämställdhetsanalys",
      "socialnamnden-t1-2020.txt:1650 Sjukfrånvaro",
      "socialnamnden-t1-2020.txt:1652 Sjukfrånvaro dag 1-14",
    ],
  ],
  [
    "vilka indikatorer släpar i Normalm?",
    "indicator-list",
    "sv",
    ["Norrmalms stadsdelsnämnd"],
    ["T2 2021"],
    true,
    [
      "norrmalm-t2-2021.txt:224 Andel barn som lever i familjer som har ekonomiskt bistånd",
      "norrmalm-t2-2021.txt:230 Andel vuxna med långvarigt ekonomiskt bistånd jämfört med samtliga vuxna invånare",
      "norrmalm-t2-2021.txt:238 Antal tillhandahållna platser för Stockholmsjobb",
      "norrmalm-t2-2021.txt:548 Andel nöjda föräldrar till barn i förskolan",
      "norrmalm-t2-2021.txt:589 Andel vårdnadshavare som upplever att förskolan i sin helhet är trygg och säker för sitt barn",
      "norrmalm-t2-2021.txt:740 Andel avhysningar som kunnat avväjas efter inkommet meddelande till förvaltningen från kronofogdemyndigheten",
      "norrmalm-t2-2021.txt:744 Andel barn och ungdomar anmälda för brott som tillsammans med föräldrar eller vårdnadshavare kallats till samtal med socialtjänsten inom 48 timmar",
      "norrmalm-t2-2021.txt:756 Andel familjehemsplacerade barn i skolåldern som klarar målen i kärnämnen i grundskolan",
      "norrmalm-t2-2021.txt:1014 Andel digitala inköp i hemtjänsten",
      "norrmalm-t2-2021.txt:1039 Antal personal en hemtjänsttagare med minst två besök om dagen möter under en 14-dagarsperiod",
      "norrmalm-t2-2021.txt:1536 Aktivt Medskapandeindex",
      "norrmalm-t2-2021.txt:1538 Andel av personalkostnader inom socialtjänstens myndighetsutövning som är för externa konsulter",
      "norrmalm-t2-2021.txt:1542 Index Bra arbetsgivare",
    ],
  ],
  [
    "vilka indikatorer är försenade 2017?",
    "indicator-list",
    "sv",
    ["Socialnämnden"],
    ["T1 2017"],
    false,
    [
      "socialnamnden-t1-2017.txt:1662 Andel ungdomar som har fullföljt sin ungdomstjänst (Framtid Stockholm).",
      "socialnamnden-t1-2017.txt:3495 Andel beställningar som gjorts via inköpsmodulen i Agresso",
    ],
  ],
  [
    "vilka mål uppfylls bara delvis?",
    "goal-list",
    "sv",
    ["Norrmalms stadsdelsnämnd", "Socialnämnden"],
    ["T1 2020", "T2 2021"],
    true,
    [
      "norrmalm-t2-2021.txt:306 Stockholm är en trygg, säker och välskött stad att bo och vistas i",
      "norrmalm-t2-2021.txt:407 Tryggt stadsdelsområde",
    ],
  ],
  [
    "vilka mal uppfylls bara delvis i socialnamnden 2017",
    "goal-list",
    "sv",
    ["Socialnämnden"],
    ["T1 2017"],
    false,
    ["socialnamnden-t1-2017.txt:2783 Stockholms miljö är giftfri"],
  ],
  [
    "which goals are only partially met for Socialnämnden T1 2020?",
    "goal-list",
    "en",
    ["Socialnämnden"],
    ["T1 2020"],
    false,
    [],
  ],
  [
    "which activities have a deviation?",
    "activity-list",
    "en",
    ["Norrmalms stadsdelsnämnd", "Socialnämnden"],
    ["T1 2020", "T2 2021"],
    true,
    [
      "norrmalm-t2-2021.txt:790 Socialnämnden ska i samarbete med stadsdelsnämnderna ansvara för att Esset är ett verksamhetssystem som möjliggör en evidensbaserad socialtjänst med fokus på att klienten känner att den fått fungerade stöd",
      "norrmalm-t2-2021.txt:1045 Kommunstyrelsen ska i samarbete med äldrenämnden och stadsdelsnämnderna se över indikatorerna utifrån såväl ett äldreomsorgsperspektiv inom äldreomsorgen i syfte att i samband med Essets införande komplettera eller ersätta underlagen för desamma, eller ändra indikatorer inom verksamhetsområdet",
      "norrmalm-t2-2021.txt:1430 Anlägga ängsyta i Observatorielunden.",
      "norrmalm-t2-2021.txt:1548 Kommunstyrelsen ska ansvara för förvaltningen av Esset med stöd av arbetsmarknadsnämnden, socialnämnden, äldrenämnden, överförmyndarnämnden och stadsdelsnämnderna",
      "socialnamnden-t1-2020.txt:336 Socialnämnden ska stötta brottsutsatta och vittnen, och då särskilt vuxna och barn som är eller har varit utsatta för våld av närstående eller övergrepp i rättsak",
      "socialnamnden-t1-2020.txt:711 Socialnämnden ska fortsätta att utbilda personal vid stadsdelsnämnderna angående unga lagöverträdare och förbereda socialtjänsten på att kunna arbeta enligt modellen snabbare lagföring.",
      "socialnamnden-t1-2020.txt:734 Socialnämnden ska i samarbete med stadsdelsnämnderna och i samverkan med Region Stockholm fortsätta projektet STIS, Stärkt tidigt stöd i samverkan.",
      "socialnamnden-t1-2020.txt:769 Socialnämnden ska i samverkan med Polisen och näringslivet arbeta mot förekomsten av narkotika och organiserad brottslighet i krogmiljö, bland annat genom att via STAD och webutbildning utbilda restaurangpersonal och andra yrkesgrupper i hur man upptäcker och agerar vid narkotikabruk.",
      "socialnamnden-t1-2020.txt:775 Socialnämnden ska säkerställa att de skyddade boendena som idag får föreningsbidrag är välinformerade om de förändringar i regelverket som kan komma samt utreda hur staden bäst kan säkerställa att verksamheter för personer utsatta för våld i nära relationer/hedersvåld, så väl genom jourer som skyddande boenden, har förutsättningar att bedriva verksamhet.",
      "socialnamnden-t1-2020.txt:845 Socialnämnden ska erbjuda föräldrastödsprogram i förebyggande syfte, inklusive föräldrastöd som tar sikte på att förebygga hedersrelaterat våld och förtryck samt utveckla arbetet med att nå familjer som är i särskilt behov av, eller står särskilt långt från, insatserna",
      "socialnamnden-t1-2020.txt:858 Socialnämnden ska fortsätta utveckla dialogen med Region Stockholm angående likvärdig och välfungerande BUS-samverkan över hela staden",
      "socialnamnden-t1-2020.txt:905 Socialnämnden ska tillsammans med stadsdelsnämnderna stödja utbildningsnämndens arbete med mentorer i våldsprevention (MVP) för att stärka det våldsförebyggande arbetet och stödja det trygghetsskapande arbetet i stadens skolor",
      "socialnamnden-t1-2020.txt:944 Ställa krav på fysisk tillgänglighet för personer med nedsatt rörelse- och orienteringsförmåga vid bidragsgivning.",
      "socialnamnden-t1-2020.txt:946 Ställa krav på fysisk tillgänglighet för personer med nedsatt rörelse- och orienteringsförmåga vid tillståndsgivning för uteserveringar.",
      "socialnamnden-t1-2020.txt:986 Socialnämnden ska arbeta för att öka förekomsten av samordnad individuell plan för personer som blivit utsatta för hedersvåld eller våld i nära relationer",
      "socialnamnden-t1-2020.txt:990 Socialnämnden ska bidra till att öka kunskapen i staden om hur socialtjänsten kan ge stöd till personer som lider av samlarsyndrom",
      "socialnamnden-t1-2020.txt:998 Socialnämnden ska fortsätta utveckla samarbetet med brukar- och intresseorganisationer",
      "socialnamnden-t1-2020.txt:1005 Socialnämnden ska genom EU-teamet stärka samarbetet med utsatta EU-medborgares hemländer",
      "socialnamnden-t1-2020.txt:1039 Socialnämnden ska utveckla och stärka samverkan kring människohandel och prostitution, bland annat med näringslivet, i synnerhet besöksbranschen, samt berörda arbetsgivarorganisationer",
      "socialnamnden-t1-2020.txt:1183 Socialnämnden ska fortsätta utveckla samverkan med branschrepresentanter inom hotell- och restaurangnäringen genom att skapa forum för mindre aktörer, samt samverka med andra tillståndsgivande myndigheter och evenemangsarrangörer inom staden för att förbättra samordningen i tillstånds- och evenemangsfrågor",
      "socialnamnden-t1-2020.txt:1753 Socialnämnden ska i samarbete med kommunstyrelsen, stadsdelsnämnderna och äldre- och barnnämnden fortsätta arbeta i enlighet med handlingsplanen för förbättrad arbetssituation för socialsekreterare och biståndshandläggare",
    ],
  ],
  [
    "which activities are delayed in Socialnämnden T1 2020?",
    "activity-list",
    "en",
    ["Socialnämnden"],
    ["T1 2020"],
    false,
    [
      "socialnamnden-t1-2020.txt:336 Socialnämnden ska stötta brottsutsatta och vittnen, och då särskilt vuxna och barn som är eller har varit utsatta för våld av närstående eller övergrepp i rättsak",
      "socialnamnden-t1-2020.txt:711 Socialnämnden ska fortsätta att utbilda personal vid stadsdelsnämnderna angående unga lagöverträdare och förbereda socialtjänsten på att kunna arbeta enligt modellen snabbare lagföring.",
      "socialnamnden-t1-2020.txt:734 Socialnämnden ska i samarbete med stadsdelsnämnderna och i samverkan med Region Stockholm fortsätta projektet STIS, Stärkt tidigt stöd i samverkan.",
      "socialnamnden-t1-2020.txt:769 Socialnämnden ska i samverkan med Polisen och näringslivet arbeta mot förekomsten av narkotika och organiserad brottslighet i krogmiljö, bland annat genom att via STAD och webutbildning utbilda restaurangpersonal och andra yrkesgrupper i hur man upptäcker och agerar vid narkotikabruk.",
      "socialnamnden-t1-2020.txt:775 Socialnämnden ska säkerställa att de skyddade boendena som idag får föreningsbidrag är välinformerade om de förändringar i regelverket som kan komma samt utreda hur staden bäst kan säkerställa att verksamheter för personer utsatta för våld i nära relationer/hedersvåld, så väl genom jourer som skyddande boenden, har förutsättningar att bedriva verksamhet.",
      "socialnamnden-t1-2020.txt:845 Socialnämnden ska erbjuda föräldrastödsprogram i förebyggande syfte, inklusive föräldrastöd som tar sikte på att förebygga hedersrelaterat våld och förtryck samt utveckla arbetet med att nå familjer som är i särskilt behov av, eller står särskilt långt från, insatserna",
      "socialnamnden-t1-2020.txt:858 Socialnämnden ska fortsätta utveckla dialogen med Region Stockholm angående likvärdig och välfungerande BUS-samverkan över hela staden",
      "socialnamnden-t1-2020.txt:905 Socialnämnden ska tillsammans med stadsdelsnämnderna stödja utbildningsnämndens arbete med mentorer i våldsprevention (MVP) för att stärka det våldsförebyggande arbetet och stödja det trygghetsskapande arbetet i stadens skolor",
      "socialnamnden-t1-2020.txt:944 Ställa krav på fysisk tillgänglighet för personer med nedsatt rörelse- och orienteringsförmåga vid bidragsgivning.",
      "socialnamnden-t1-2020.txt:946 Ställa krav på fysisk tillgänglighet för personer med nedsatt rörelse- och orienteringsförmåga vid tillståndsgivning för uteserveringar.",
      "socialnamnden-t1-2020.txt:986 Socialnämnden ska arbeta för att öka förekomsten av samordnad individuell plan för personer som blivit utsatta för hedersvåld eller våld i nära relationer",
      "socialnamnden-t1-2020.txt:990 Socialnämnden ska bidra till att öka kunskapen i staden om hur socialtjänsten kan ge stöd till personer som lider av samlarsyndrom",
      "socialnamnden-t1-2020.txt:998 Socialnämnden ska fortsätta utveckla samarbetet med brukar- och intresseorganisationer",
      "socialnamnden-t1-2020.txt:1005 Socialnämnden ska genom EU-teamet stärka samarbetet med utsatta EU-medborgares hemländer",
      "socialnamnden-t1-2020.txt:1039 Socialnämnden ska utveckla och stärka samverkan kring människohandel och prostitution, bland annat med näringslivet, i synnerhet besöksbranschen, samt berörda arbetsgivarorganisationer",
      "socialnamnden-t1-2020.txt:1183 Socialnämnden ska fortsätta utveckla samverkan med branschrepresentanter inom hotell- och restaurangnäringen genom att skapa forum för mindre aktörer, samt samverka med andra tillståndsgivande myndigheter och evenemangsarrangörer inom staden för att förbättra samordningen i tillstånds- och evenemangsfrågor",
      "socialnamnden-t1-2020.txt:1753 Socialnämnden ska i samarbete med kommunstyrelsen, stadsdelsnämnderna och äldre- och barnnämnden fortsätta arbeta i enlighet med handlingsplanen för förbättrad arbetssituation för socialsekreterare och biståndshandläggare",
    ],
  ],
  ["försenade aktiviteter soc 2017", "activity-list", "sv", ["Socialnämnden"], ["T1 2017"], false, []],
  [
    "vad är sjukfrånvaron i Socialnämnden T1 2020?",
    "indicator-lookup",
    "sv",
    ["Socialnämnden"],
    ["T1 2020"],
    false,
    ["socialnamnden-t1-2020.txt:1650 Sjukfrånvaro"],
  ],
  [
    "vad ar sjukfranvaron i soc T1 2020",
    "indicator-lookup",
    "sv",
    ["Socialnämnden"],
    ["T1 2020"],
    false,
    ["socialnamnden-t1-2020.txt:1650 Sjukfrånvaro"],
  ],
  [
    "what is the sick leave in Norrmalm?",
    "indicator-lookup",
    "en",
    ["Norrmalms stadsdelsnämnd"],
    ["T2 2021"],
    true,
    ["norrmalm-t2-2021.txt:1544 Sjukfrånvaro"],
  ],
  [
    "prognos för feriejobb Norrmalm",
    "indicator-lookup",
    "sv",
    ["Norrmalms stadsdelsnämnd"],
    ["T2 2021"],
    true,
    [
      "norrmalm-t2-2021.txt:233 Antal tillhandahållna platser för feriejobb",
      "norrmalm-t2-2021.txt:243 Antal ungdomar som fått feriejobb i stadens regi",
    ],
  ],
  [
    "prognos for feriejobb Normalm",
    "indicator-lookup",
    "sv",
    ["Norrmalms stadsdelsnämnd"],
    ["T2 2021"],
    true,
    [
      "norrmalm-t2-2021.txt:233 Antal tillhandahållna platser för feriejobb",
      "norrmalm-t2-2021.txt:243 Antal ungdomar som fått feriejobb i stadens regi",
    ],
  ],
  [
    "antal hemlösa",
    "indicator-lookup",
    "sv",
    ["Socialnämnden"],
    ["T1 2017"],
    true,
    ["socialnamnden-t1-2017.txt:1523 Antal hemlösa"],
  ],
  [
    "aktivt medskapandeindex soc T1 2020",
    "indicator-lookup",
    "sv",
    ["Socialnämnden"],
    ["T1 2020"],
    false,
    ["socialnamnden-t1-2020.txt:1636 Aktivt Medskapandeindex"],
  ],
  [
    "mål 1.2.1",
    "goal-lookup",
    "sv",
    ["Norrmalms stadsdelsnämnd"],
    ["T2 2021"],
    true,
    [
      "norrmalm-t2-2021.txt:407 Tryggt stadsdelsområde",
      "norrmalm-t2-2021.txt:448 Andel invånare i stadsdelen som känner sig trygga i parker och grönområden",
      "norrmalm-t2-2021.txt:451 Genomföra trygghetsskapande åtgärder i Vanadislundén.",
      "norrmalm-t2-2021.txt:452 Genomföra utbildning i otillåten påverkan samt hot och våld mot anställda",
      "norrmalm-t2-2021.txt:453 Kontinuitetsplaner för allvarliga händelser",
      "norrmalm-t2-2021.txt:454 Uppdatera krisledningsplan",
      "norrmalm-t2-2021.txt:455 Utveckla digitalt verktyg för att stärka förutsättningar för preventivt socialt arbete i Klaraområdet",
    ],
  ],
  [
    "mål 1.2.1 socialnämnden T1 2020",
    "goal-lookup",
    "sv",
    ["Socialnämnden"],
    ["T1 2020"],
    false,
    [
      "socialnamnden-t1-2020.txt:308 Stockholmare är trygga och säkra i staden",
      "socialnamnden-t1-2020.txt:326 Nämnder och bolagsstyrelser ska under ledning av kommunstyrelsen prioritera och utveckla en strategisk och operativ samverkan för att systematiskt, kunskapsbaserat och effektivt nyttja stadens resurser, sprida kunskap och utbyta goda exempel i det brottsförebyggande och trygghetsskapande arbetet. I kommunövergripande frågor som är inom socialtjänstens ansvarsområde samarbeta med socialnämnden.",
      "socialnamnden-t1-2020.txt:328 Socialnämnden ska bistå stadsdelsnämnderna i arbetet med att nå målet om att inte ha något särskilt utsatt eller utsatt område inom Stockholms stad",
      "socialnamnden-t1-2020.txt:330 Socialnämnden ska bistå stadsdelsnämnderna i arbetet med att ta fram lokala lägesbilder och orsaksanalyser",
      "socialnamnden-t1-2020.txt:332 Socialnämnden ska inom socialtjänstens område samordna och stödja stadsdelsnämndernas insatser i arbetet mot våldsbejakande extremism, samla och sprida kunskaper om effektiva och evidensbaserade metoder samt utifrån befintlig erfarenhet och kunskap fortsätta utveckla arbetet mot våldsbejakande extremism i nära samverkan med kommunstyrelsen. Arbetet ska utgå ifrån handlingsplanens lägesbild och beslutade aktiviteter",
      "socialnamnden-t1-2020.txt:336 Socialnämnden ska stötta brottsutsatta och vittnen, och då särskilt vuxna och barn som är eller har varit utsatta för våld av närstående eller övergrepp i rättsak",
    ],
  ],
  [
    "goal 1.2 for Normalm",
    "goal-lookup",
    "en",
    ["Norrmalms stadsdelsnämnd"],
    ["T2 2021"],
    true,
    [
      "norrmalm-t2-2021.txt:306 Stockholm är en trygg, säker och välskött stad att bo och vistas i",
      "norrmalm-t2-2021.txt:397 Andel stockholmare som upplever trygghet i den stadsdel där man bor",
      "norrmalm-t2-2021.txt:398 Andel ungdomar som i stockholmsevenkäten uppger att de inte blivit utsatta för hot och våld",
      "norrmalm-t2-2021.txt:400 Stockholmarnas nöjdhet med renhållning och städning",
      "norrmalm-t2-2021.txt:401 Stockholmarnas nöjdhet med skötsel och städning av park och grönområden",
      "norrmalm-t2-2021.txt:402 Stockholmarnas nöjdhet med stadsmiljön",
      "norrmalm-t2-2021.txt:448 Andel invånare i stadsdelen som känner sig trygga i parker och grönområden",
      "norrmalm-t2-2021.txt:475 Andel invånare i stadsdelen som anser att det finns goda möjligheter till aktiviteter i parker och naturområden",
      "norrmalm-t2-2021.txt:405 Trafiknämnden ska, med stöd av kommunstyrelsen, utreda möjligheterna att i lämplig stadsdel initiera ett pilotprojekt för att möjliggöra för näringslivet och civilsamhället att bidra till stadsmiljöverksamheten",
      "norrmalm-t2-2021.txt:451 Genomföra trygghetsskapande åtgärder i Vanadislundén.",
      "norrmalm-t2-2021.txt:452 Genomföra utbildning i otillåten påverkan samt hot och våld mot anställda",
      "norrmalm-t2-2021.txt:453 Kontinuitetsplaner för allvarliga händelser",
      "norrmalm-t2-2021.txt:454 Uppdatera krisledningsplan",
      "norrmalm-t2-2021.txt:455 Utveckla digitalt verktyg för att stärka förutsättningar för preventivt socialt arbete i Klaraområdet",
      "norrmalm-t2-2021.txt:478 Ge idrottsföreningar möjlighet att städa i parkerna i samverkan med stadsdelsförvaltningarna och organisationen Städa Sverige.",
      "norrmalm-t2-2021.txt:479 Implementering av Driftportalen park, vilket är ett nytt system för uppföljning och dialog med driftsentreprenören.",
    ],
  ],
  [
    "målet tryggt stadsdelsområde",
    "goal-lookup",
    "sv",
    ["Norrmalms stadsdelsnämnd"],
    ["T2 2021"],
    true,
    [
      "norrmalm-t2-2021.txt:407 Tryggt stadsdelsområde",
      "norrmalm-t2-2021.txt:448 Andel invånare i stadsdelen som känner sig trygga i parker och grönområden",
      "norrmalm-t2-2021.txt:451 Genomföra trygghetsskapande åtgärder i Vanadislundén.",
      "norrmalm-t2-2021.txt:452 Genomföra utbildning i otillåten påverkan samt hot och våld mot anställda",
      "norrmalm-t2-2021.txt:453 Kontinuitetsplaner för allvarliga händelser",
      "norrmalm-t2-2021.txt:454 Uppdatera krisledningsplan",
      "norrmalm-t2-2021.txt:455 Utveckla digitalt verktyg för att stärka förutsättningar för preventivt socialt arbete i Klaraområdet",
    ],
  ],
  [
    "budgetavvikelse äldreomsorg",
    "budget",
    "sv",
    ["Norrmalms stadsdelsnämnd", "Socialnämnden"],
    ["T1 2020", "T2 2021"],
    true,
    [
      "norrmalm-t2-2021.txt:1664 Äldreomsorg",
      "norrmalm-t2-2021.txt:1714 Äldreomsorg",
      "norrmalm-t2-2021.txt:1737 Utförare äldreomsorg",
    ],
  ],
  [
    "hur ser prognosen ut för ekonomiskt bistånd?",
    "budget",
    "sv",
    ["Norrmalms stadsdelsnämnd", "Socialnämnden"],
    ["T1 2020", "T2 2021"],
    true,
    ["norrmalm-t2-2021.txt:1668 Ekonomiskt bistånd", "socialnamnden-t1-2020.txt:1818 Ekonomiskt bistånd"],
  ],
  [
    "budget deviation for barn och ungdom in soc",
    "budget",
    "en",
    ["Socialnämnden"],
    ["T1 2020"],
    true,
    [
      "socialnamnden-t1-2020.txt:1829 Barn och ungdom",
      "socialnamnden-t1-2020.txt:1865 Barn och ungdom -3,5 mnkr",
      "socialnamnden-t1-2020.txt:1861 Barn och ungdom -3,5 mnkr",
    ],
  ],
  [
    "budget Socialnämnden T1 2020",
    "budget",
    "sv",
    ["Socialnämnden"],
    ["T1 2020"],
    false,
    [
      "socialnamnden-t1-2020.txt:1815 Summa intäkter",
      "socialnamnden-t1-2020.txt:1821 Summa kostnader",
      "socialnamnden-t1-2020.txt:1822 Netto – Utfall per april",
      "socialnamnden-t1-2020.txt:1841 Nämnden totalt – Verksamhetsområde, mnkr",
      "socialnamnden-t1-2020.txt:1958 Totalt – Investeringar",
    ],
  ],
  [
    "vilka medel begär socialnämnden?",
    "budget-requests",
    "sv",
    ["Socialnämnden"],
    ["T1 2020"],
    true,
    [
      "socialnamnden-t1-2020.txt:16 klimatinvesteringar för utbyte till LED-belysning",
      "socialnamnden-t1-2020.txt:17 ökade lokalkostnader",
      "socialnamnden-t1-2020.txt:1873 Verksamhet för personer med funktionsnedsättning -1,0 mnkr",
      "socialnamnden-t1-2020.txt:1992 Prestationsförändringar familjerådgivningen LOV",
      "socialnamnden-t1-2020.txt:1857 Prognos återredovisning av medel för nyanlända",
    ],
  ],
  [
    "which money requests are in the proposal for Norrmalm?",
    "budget-requests",
    "en",
    ["Norrmalms stadsdelsnämnd"],
    ["T2 2021"],
    true,
    ["norrmalm-t2-2021.txt:16 kommunalt bostadsbidrag för personer med funktionsnedsättning"],
  ],
  [
    "förslag till beslut 2017",
    "budget-requests",
    "sv",
    ["Socialnämnden"],
    ["T1 2017"],
    false,
    [
      "socialnamnden-t1-2017.txt:5306 Summa intäkter",
      "socialnamnden-t1-2017.txt:5320 Summa kostnader",
      "socialnamnden-t1-2017.txt:5333 Netto – Uppföljning av driftbudget",
      "socialnamnden-t1-2017.txt:5423 Nämnden totalt – Verksamhetsområde",
      "socialnamnden-t1-2017.txt:4793 Daglig verksamhet",
      "socialnamnden-t1-2017.txt:98 Sammanfattande analys",
      "socialnamnden-t1-2017.txt:4379 Period",
    ],
  ],
  [
    "sjukfrånvaro över tid",
    "trend",
    "sv",
    ["Norrmalms stadsdelsnämnd", "Socialnämnden"],
    ["T1 2017", "T1 2020", "T2 2021"],
    false,
    [
      "socialnamnden-t1-2017.txt:3908 Sjukfrånvaro",
      "socialnamnden-t1-2017.txt:3925 Sjukfrånvaro dag 1-14",
      "socialnamnden-t1-2020.txt:1650 Sjukfrånvaro",
      "socialnamnden-t1-2020.txt:1652 Sjukfrånvaro dag 1-14",
      "norrmalm-t2-2021.txt:1544 Sjukfrånvaro",
      "norrmalm-t2-2021.txt:1545 Sjukfrånvaro dag 1-14",
    ],
  ],
  [
    "sjukfrånvaro T1 2017 till T1 2020",
    "trend",
    "sv",
    ["Socialnämnden"],
    ["T1 2017", "T1 2020"],
    false,
    [
      "socialnamnden-t1-2017.txt:3908 Sjukfrånvaro",
      "socialnamnden-t1-2017.txt:3925 Sjukfrånvaro dag 1-14",
      "socialnamnden-t1-2020.txt:1650 Sjukfrånvaro",
      "socialnamnden-t1-2020.txt:1652 Sjukfrånvaro dag 1-14",
    ],
  ],
  [
    "how has sick leave changed over time for Socialnämnden?",
    "trend",
    "en",
    ["Socialnämnden"],
    ["T1 2017", "T1 2020"],
    false,
    [
      "socialnamnden-t1-2017.txt:3908 Sjukfrånvaro",
      "socialnamnden-t1-2017.txt:3925 Sjukfrånvaro dag 1-14",
      "socialnamnden-t1-2020.txt:1650 Sjukfrånvaro",
      "socialnamnden-t1-2020.txt:1652 Sjukfrånvaro dag 1-14",
    ],
  ],
  [
    "jämför sjukfrånvaro mellan nämnderna",
    "compare",
    "sv",
    ["Norrmalms stadsdelsnämnd", "Socialnämnden"],
    ["T1 2020", "T2 2021"],
    true,
    [
      "socialnamnden-t1-2020.txt:1650 Sjukfrånvaro",
      "socialnamnden-t1-2020.txt:1652 Sjukfrånvaro dag 1-14",
      "norrmalm-t2-2021.txt:1544 Sjukfrånvaro",
      "norrmalm-t2-2021.txt:1545 Sjukfrånvaro dag 1-14",
    ],
  ],
  [
    "compare sick leave between committees in T1 2020",
    "compare",
    "en",
    ["Socialnämnden"],
    ["T1 2020"],
    false,
    [
      "socialnamnden-t1-2020.txt:1650 Sjukfrånvaro",
      "socialnamnden-t1-2020.txt:1652 Sjukfrånvaro dag 1-14",
      "socialnamnden-t1-2020.txt:1468 Arbetsmiljö och hälsa",
      "socialnamnden-t1-2020.txt:106 En ekonomiskt hållbar och innovativ storstad för framtiden",
      "socialnamnden-t1-2020.txt:1701 Förväntat resultat",
    ],
  ],
  [
    "vilka rapporter finns?",
    "reports",
    "sv",
    ["Norrmalms stadsdelsnämnd", "Socialnämnden"],
    ["T1 2017", "T1 2020", "T2 2021"],
    false,
    [
      "socialnamnden-t1-2017.txt:1 Socialnämnden T1 2017",
      "socialnamnden-t1-2020.txt:1 Socialnämnden T1 2020",
      "norrmalm-t2-2021.txt:1 Norrmalms stadsdelsnämnd T2 2021",
    ],
  ],
  [
    "which reports are loaded?",
    "reports",
    "en",
    ["Norrmalms stadsdelsnämnd", "Socialnämnden"],
    ["T1 2017", "T1 2020", "T2 2021"],
    false,
    [
      "socialnamnden-t1-2017.txt:1 Socialnämnden T1 2017",
      "socialnamnden-t1-2020.txt:1 Socialnämnden T1 2020",
      "norrmalm-t2-2021.txt:1 Norrmalms stadsdelsnämnd T2 2021",
    ],
  ],
  [
    "hur går det för socialnämnden?",
    "overview",
    "sv",
    ["Socialnämnden"],
    ["T1 2020"],
    true,
    [
      "socialnamnden-t1-2020.txt:1 Socialnämnden T1 2020",
      "socialnamnden-t1-2020.txt:1841 Budget – Nämnden totalt",
      "socialnamnden-t1-2020.txt:1841 Resultat efter justeringar – Nämnden totalt",
      "socialnamnden-t1-2020.txt:1636 Aktivt Medskapandeindex",
      "socialnamnden-t1-2020.txt:1642 Andel tjänsteutlåtanden som innehåller en jämställdhetsanalys",
      "socialnamnden-t1-2020.txt:1650 Sjukfrånvaro",
      "socialnamnden-t1-2020.txt:1652 Sjukfrånvaro dag 1-14",
    ],
  ],
  [
    "how is Norrmalm doing?",
    "overview",
    "en",
    ["Norrmalms stadsdelsnämnd"],
    ["T2 2021"],
    true,
    [
      "norrmalm-t2-2021.txt:1 Norrmalms stadsdelsnämnd T2 2021",
      "norrmalm-t2-2021.txt:1618 Budget – Anslag för nämndens verksamhet (netto)",
      "norrmalm-t2-2021.txt:1624 Result after adjustments – Prognos/avvikelse efter resultatdispositioner",
      "norrmalm-t2-2021.txt:224 Andel barn som lever i familjer som har ekonomiskt bistånd",
      "norrmalm-t2-2021.txt:230 Andel vuxna med långvarigt ekonomiskt bistånd jämfört med samtliga vuxna invånare",
      "norrmalm-t2-2021.txt:238 Antal tillhandahållna platser för Stockholmsjobb",
      "norrmalm-t2-2021.txt:548 Andel nöjda föräldrar till barn i förskolan",
      "norrmalm-t2-2021.txt:589 Andel vårdnadshavare som upplever att förskolan i sin helhet är trygg och säker för sitt barn",
      "norrmalm-t2-2021.txt:740 Andel avhysningar som kunnat avväjas efter inkommet meddelande till förvaltningen från kronofogdemyndigheten",
      "norrmalm-t2-2021.txt:744 Andel barn och ungdomar anmälda för brott som tillsammans med föräldrar eller vårdnadshavare kallats till samtal med socialtjänsten inom 48 timmar",
      "norrmalm-t2-2021.txt:756 Andel familjehemsplacerade barn i skolåldern som klarar målen i kärnämnen i grundskolan",
      "norrmalm-t2-2021.txt:1014 Andel digitala inköp i hemtjänsten",
      "norrmalm-t2-2021.txt:1039 Antal personal en hemtjänsttagare med minst två besök om dagen möter under en 14-dagarsperiod",
      "norrmalm-t2-2021.txt:1536 Aktivt Medskapandeindex",
      "norrmalm-t2-2021.txt:1538 Andel av personalkostnader inom socialtjänstens myndighetsutövning som är för externa konsulter",
      "norrmalm-t2-2021.txt:1542 Index Bra arbetsgivare",
    ],
  ],
  [
    "sammanfattning av norrmalm",
    "overview",
    "sv",
    ["Norrmalms stadsdelsnämnd"],
    ["T2 2021"],
    true,
    [
      "norrmalm-t2-2021.txt:1 Norrmalms stadsdelsnämnd T2 2021",
      "norrmalm-t2-2021.txt:1618 Budget – Anslag för nämndens verksamhet (netto)",
      "norrmalm-t2-2021.txt:1624 Resultat efter justeringar – Prognos/avvikelse efter resultatdispositioner",
      "norrmalm-t2-2021.txt:224 Andel barn som lever i familjer som har ekonomiskt bistånd",
      "norrmalm-t2-2021.txt:230 Andel vuxna med långvarigt ekonomiskt bistånd jämfört med samtliga vuxna invånare",
      "norrmalm-t2-2021.txt:238 Antal tillhandahållna platser för Stockholmsjobb",
      "norrmalm-t2-2021.txt:548 Andel nöjda föräldrar till barn i förskolan",
      "norrmalm-t2-2021.txt:589 Andel vårdnadshavare som upplever att förskolan i sin helhet är trygg och säker för sitt barn",
      "norrmalm-t2-2021.txt:740 Andel avhysningar som kunnat avväjas efter inkommet meddelande till förvaltningen från kronofogdemyndigheten",
      "norrmalm-t2-2021.txt:744 Andel barn och ungdomar anmälda för brott som tillsammans med föräldrar eller vårdnadshavare kallats till samtal med socialtjänsten inom 48 timmar",
      "norrmalm-t2-2021.txt:756 Andel familjehemsplacerade barn i skolåldern som klarar målen i kärnämnen i grundskolan",
      "norrmalm-t2-2021.txt:1014 Andel digitala inköp i hemtjänsten",
      "norrmalm-t2-2021.txt:1039 Antal personal en hemtjänsttagare med minst två besök om dagen möter under en 14-dagarsperiod",
      "norrmalm-t2-2021.txt:1536 Aktivt Medskapandeindex",
      "norrmalm-t2-2021.txt:1538 Andel av personalkostnader inom socialtjänstens myndighetsutövning som är för externa konsulter",
      "norrmalm-t2-2021.txt:1542 Index Bra arbetsgivare",
    ],
  ],
  [
    "läget i Normalm",
    "overview",
    "sv",
    ["Norrmalms stadsdelsnämnd"],
    ["T2 2021"],
    true,
    [
      "norrmalm-t2-2021.txt:1 Norrmalms stadsdelsnämnd T2 2021",
      "norrmalm-t2-2021.txt:1618 Budget – Anslag för nämndens verksamhet (netto)",
      "norrmalm-t2-2021.txt:1624 Resultat efter justeringar – Prognos/avvikelse efter resultatdispositioner",
      "norrmalm-t2-2021.txt:224 Andel barn som lever i familjer som har ekonomiskt bistånd",
      "norrmalm-t2-2021.txt:230 Andel vuxna med långvarigt ekonomiskt bistånd jämfört med samtliga vuxna invånare",
      "norrmalm-t2-2021.txt:238 Antal tillhandahållna platser för Stockholmsjobb",
      "norrmalm-t2-2021.txt:548 Andel nöjda föräldrar till barn i förskolan",
      "norrmalm-t2-2021.txt:589 Andel vårdnadshavare som upplever att förskolan i sin helhet är trygg och säker för sitt barn",
      "norrmalm-t2-2021.txt:740 Andel avhysningar som kunnat avväjas efter inkommet meddelande till förvaltningen från kronofogdemyndigheten",
      "norrmalm-t2-2021.txt:744 Andel barn och ungdomar anmälda för brott som tillsammans med föräldrar eller vårdnadshavare kallats till samtal med socialtjänsten inom 48 timmar",
      "norrmalm-t2-2021.txt:756 Andel familjehemsplacerade barn i skolåldern som klarar målen i kärnämnen i grundskolan",
      "norrmalm-t2-2021.txt:1014 Andel digitala inköp i hemtjänsten",
      "norrmalm-t2-2021.txt:1039 Antal personal en hemtjänsttagare med minst två besök om dagen möter under en 14-dagarsperiod",
      "norrmalm-t2-2021.txt:1536 Aktivt Medskapandeindex",
      "norrmalm-t2-2021.txt:1538 Andel av personalkostnader inom socialtjänstens myndighetsutövning som är för externa konsulter",
      "norrmalm-t2-2021.txt:1542 Index Bra arbetsgivare",
    ],
  ],
  [
    "socialnämnden T1 2017",
    "overview",
    "sv",
    ["Socialnämnden"],
    ["T1 2017"],
    false,
    [
      "socialnamnden-t1-2017.txt:1 Socialnämnden T1 2017",
      "socialnamnden-t1-2017.txt:5423 Budget – Nämnden totalt",
      "socialnamnden-t1-2017.txt:5423 Resultat efter justeringar – Nämnden totalt",
      "socialnamnden-t1-2017.txt:1662 Andel ungdomar som har fullföljt sin ungdomstjänst (Framtid Stockholm).",
      "socialnamnden-t1-2017.txt:3495 Andel beställningar som gjorts via inköpsmodulen i Agresso",
    ],
  ],
  [
    "hur går det?",
    "overview",
    "sv",
    ["Norrmalms stadsdelsnämnd", "Socialnämnden"],
    ["T1 2020", "T2 2021"],
    true,
    [
      "socialnamnden-t1-2020.txt:1 Socialnämnden T1 2020",
      "norrmalm-t2-2021.txt:1 Norrmalms stadsdelsnämnd T2 2021",
      "socialnamnden-t1-2020.txt:1841 Budget – Nämnden totalt",
      "socialnamnden-t1-2020.txt:1841 Resultat efter justeringar – Nämnden totalt",
      "norrmalm-t2-2021.txt:1618 Budget – Anslag för nämndens verksamhet (netto)",
      "norrmalm-t2-2021.txt:1624 Resultat efter justeringar – Prognos/avvikelse efter resultatdispositioner",
      "socialnamnden-t1-2020.txt:1636 Aktivt Medskapandeindex",
      "socialnamnden-t1-2020.txt:1642 Andel tjänsteutlåtanden som innehåller en jämställdhetsanalys",
      "socialnamnden-t1-2020.txt:1650 Sjukfrånvaro",
      "socialnamnden-t1-2020.txt:1652 Sjukfrånvaro dag 1-14",
      "norrmalm-t2-2021.txt:224 Andel barn som lever i familjer som har ekonomiskt bistånd",
      "norrmalm-t2-2021.txt:230 Andel vuxna med långvarigt ekonomiskt bistånd jämfört med samtliga vuxna invånare",
      "norrmalm-t2-2021.txt:238 Antal tillhandahållna platser för Stockholmsjobb",
      "norrmalm-t2-2021.txt:548 Andel nöjda föräldrar till barn i förskolan",
      "norrmalm-t2-2021.txt:589 Andel vårdnadshavare som upplever att förskolan i sin helhet är trygg och säker för sitt barn",
      "norrmalm-t2-2021.txt:740 Andel avhysningar som kunnat avväjas efter inkommet meddelande till förvaltningen från kronofogdemyndigheten",
      "norrmalm-t2-2021.txt:744 Andel barn och ungdomar anmälda för brott som tillsammans med föräldrar eller vårdnadshavare kallats till samtal med socialtjänsten inom 48 timmar",
      "norrmalm-t2-2021.txt:756 Andel familjehemsplacerade barn i skolåldern som klarar målen i kärnämnen i grundskolan",
      "norrmalm-t2-2021.txt:1014 Andel digitala inköp i hemtjänsten",
      "norrmalm-t2-2021.txt:1039 Antal personal en hemtjänsttagare med minst två besök om dagen möter under en 14-dagarsperiod",
      "norrmalm-t2-2021.txt:1536 Aktivt Medskapandeindex",
      "norrmalm-t2-2021.txt:1538 Andel av personalkostnader inom socialtjänstens myndighetsutövning som är för externa konsulter",
      "norrmalm-t2-2021.txt:1542 Index Bra arbetsgivare",
    ],
  ],
  [
    "how are things going?",
    "overview",
    "en",
    ["Norrmalms stadsdelsnämnd", "Socialnämnden"],
    ["T1 2020", "T2 2021"],
    true,
    [
      "socialnamnden-t1-2020.txt:1 Socialnämnden T1 2020",
      "norrmalm-t2-2021.txt:1 Norrmalms stadsdelsnämnd T2 2021",
      "socialnamnden-t1-2020.txt:1841 Budget – Nämnden totalt",
      "socialnamnden-t1-2020.txt:1841 Result after adjustments – Nämnden totalt",
      "norrmalm-t2-2021.txt:1618 Budget – Anslag för nämndens verksamhet (netto)",
      "norrmalm-t2-2021.txt:1624 Result after adjustments – Prognos/avvikelse efter resultatdispositioner",
      "socialnamnden-t1-2020.txt:1636 Aktivt Medskapandeindex",
      "socialnamnden-t1-2020.txt:1642 Andel tjänsteutlåtanden som innehåller en jämställdhetsanalys",
      "socialnamnden-t1-2020.txt:1650 Sjukfrånvaro",
      "socialnamnden-t1-2020.txt:1652 Sjukfrånvaro dag 1-14",
      "norrmalm-t2-2021.txt:224 Andel barn som lever i familjer som har ekonomiskt bistånd",
      "norrmalm-t2-2021.txt:230 Andel vuxna med långvarigt ekonomiskt bistånd jämfört med samtliga vuxna invånare",
      "norrmalm-t2-2021.txt:238 Antal tillhandahållna platser för Stockholmsjobb",
      "norrmalm-t2-2021.txt:548 Andel nöjda föräldrar till barn i förskolan",
      "norrmalm-t2-2021.txt:589 Andel vårdnadshavare som upplever att förskolan i sin helhet är trygg och säker för sitt barn",
      "norrmalm-t2-2021.txt:740 Andel avhysningar som kunnat avväjas efter inkommet meddelande till förvaltningen från kronofogdemyndigheten",
      "norrmalm-t2-2021.txt:744 Andel barn och ungdomar anmälda för brott som tillsammans med föräldrar eller vårdnadshavare kallats till samtal med socialtjänsten inom 48 timmar",
      "norrmalm-t2-2021.txt:756 Andel familjehemsplacerade barn i skolåldern som klarar målen i kärnämnen i grundskolan",
      "norrmalm-t2-2021.txt:1014 Andel digitala inköp i hemtjänsten",
      "norrmalm-t2-2021.txt:1039 Antal personal en hemtjänsttagare med minst två besök om dagen möter under en 14-dagarsperiod",
      "norrmalm-t2-2021.txt:1536 Aktivt Medskapandeindex",
      "norrmalm-t2-2021.txt:1538 Andel av personalkostnader inom socialtjänstens myndighetsutövning som är för externa konsulter",
      "norrmalm-t2-2021.txt:1542 Index Bra arbetsgivare",
    ],
  ],
  [
    "vilka indikatorer riskerar att inte nås i socialnämnden 2020?",
    "indicator-list",
    "sv",
    ["Socialnämnden"],
    ["T1 2020"],
    false,
    [
      "socialnamnden-t1-2020.txt:700 Andel personer aktualiserade vid enheten för hemlösa som tagit sig ur hemlöshet inom fyra år",
      "socialnamnden-t1-2020.txt:1336 Återbruk inom stadens egen verksamhet (Stocket)",
      "socialnamnden-t1-2020.txt:1636 Aktivt Medskapandeindex",
      "socialnamnden-t1-2020.txt:1642 Andel tjänsteutlåtanden som innehåller en jämställdhetsanalys",
      "socialnamnden-t1-2020.txt:1650 Sjukfrånvaro",
      "socialnamnden-t1-2020.txt:1652 Sjukfrånvaro dag 1-14",
      "socialnamnden-t1-2020.txt:1741 Andel dödsboanmälningar som handlagts inom två veckor",
      "socialnamnden-t1-2020.txt:1743 Andel ärenden om ekonomiskt bistånd för begravningskostnader som handlagts inom två veckor",
    ],
  ],
  [
    "which indicators are at risk for soc in T1 2020?",
    "indicator-list",
    "en",
    ["Socialnämnden"],
    ["T1 2020"],
    false,
    [
      "socialnamnden-t1-2020.txt:700 Andel personer aktualiserade vid enheten för hemlösa som tagit sig ur hemlöshet inom fyra år",
      "socialnamnden-t1-2020.txt:1336 Återbruk inom stadens egen verksamhet (Stocket)",
      "socialnamnden-t1-2020.txt:1741 Andel dödsboanmälningar som handlagts inom två veckor",
      "socialnamnden-t1-2020.txt:1743 Andel ärenden om ekonomiskt bistånd för begravningskostnader som handlagts inom två veckor",
    ],
  ],
  [
    "hur går det för sjukfrånvaron i norrmalm?",
    "indicator-lookup",
    "sv",
    ["Norrmalms stadsdelsnämnd"],
    ["T2 2021"],
    true,
    ["norrmalm-t2-2021.txt:1544 Sjukfrånvaro"],
  ],
  [
    "hur går det för norrmalm stadsdelsnämd",
    "overview",
    "sv",
    ["Norrmalms stadsdelsnämnd"],
    ["T2 2021"],
    true,
    [
      "norrmalm-t2-2021.txt:1 Norrmalms stadsdelsnämnd T2 2021",
      "norrmalm-t2-2021.txt:1618 Budget – Anslag för nämndens verksamhet (netto)",
      "norrmalm-t2-2021.txt:1624 Resultat efter justeringar – Prognos/avvikelse efter resultatdispositioner",
      "norrmalm-t2-2021.txt:224 Andel barn som lever i familjer som har ekonomiskt bistånd",
      "norrmalm-t2-2021.txt:230 Andel vuxna med långvarigt ekonomiskt bistånd jämfört med samtliga vuxna invånare",
      "norrmalm-t2-2021.txt:238 Antal tillhandahållna platser för Stockholmsjobb",
      "norrmalm-t2-2021.txt:548 Andel nöjda föräldrar till barn i förskolan",
      "norrmalm-t2-2021.txt:589 Andel vårdnadshavare som upplever att förskolan i sin helhet är trygg och säker för sitt barn",
      "norrmalm-t2-2021.txt:740 Andel avhysningar som kunnat avväjas efter inkommet meddelande till förvaltningen från kronofogdemyndigheten",
      "norrmalm-t2-2021.txt:744 Andel barn och ungdomar anmälda för brott som tillsammans med föräldrar eller vårdnadshavare kallats till samtal med socialtjänsten inom 48 timmar",
      "norrmalm-t2-2021.txt:756 Andel familjehemsplacerade barn i skolåldern som klarar målen i kärnämnen i grundskolan",
      "norrmalm-t2-2021.txt:1014 Andel digitala inköp i hemtjänsten",
      "norrmalm-t2-2021.txt:1039 Antal personal en hemtjänsttagare med minst två besök om dagen möter under en 14-dagarsperiod",
      "norrmalm-t2-2021.txt:1536 Aktivt Medskapandeindex",
      "norrmalm-t2-2021.txt:1538 Andel av personalkostnader inom socialtjänstens myndighetsutövning som är för externa konsulter",
      "norrmalm-t2-2021.txt:1542 Index Bra arbetsgivare",
    ],
  ],
  [
    "Vad är prognosen för helåret?",
    "budget",
    "sv",
    ["Norrmalms stadsdelsnämnd", "Socialnämnden"],
    ["T1 2020", "T2 2021"],
    true,
    [
      "socialnamnden-t1-2020.txt:1815 Summa intäkter",
      "socialnamnden-t1-2020.txt:1821 Summa kostnader",
      "socialnamnden-t1-2020.txt:1822 Netto – Utfall per april",
      "socialnamnden-t1-2020.txt:1841 Nämnden totalt – Verksamhetsområde, mnkr",
      "socialnamnden-t1-2020.txt:1958 Totalt – Investeringar",
      "norrmalm-t2-2021.txt:1618 Anslag för nämndens verksamhet (netto) – Uppföljning av driftbudget",
      "norrmalm-t2-2021.txt:1624 Prognos/avvikelse efter resultatdispositioner",
      "norrmalm-t2-2021.txt:1670 Totalt – Analys av årsprognos 2021",
      "norrmalm-t2-2021.txt:1780 Summa resultatenheter",
      "norrmalm-t2-2021.txt:1800 Totalt – Investeringar",
      "norrmalm-t2-2021.txt:1815 Totalt – Investeringar",
      "norrmalm-t2-2021.txt:1841 Totalt – Parkinvesteringar",
    ],
  ],
  [
    "avvikelse individ- och familjeomsorg",
    "budget",
    "sv",
    ["Norrmalms stadsdelsnämnd", "Socialnämnden"],
    ["T1 2020", "T2 2021"],
    true,
    [
      "norrmalm-t2-2021.txt:1655 Individ- och familjeomsorg",
      "norrmalm-t2-2021.txt:1657 varav vuxen (Individ- och familjeomsorg)",
      "norrmalm-t2-2021.txt:1659 varav flykting (Individ- och familjeomsorg)",
      "norrmalm-t2-2021.txt:1656 varav socialpsykiatri (Individ- och familjeomsorg)",
      "norrmalm-t2-2021.txt:1658 varav barn och ungdom (Individ- och familjeomsorg)",
      "norrmalm-t2-2021.txt:1682 Individ- och familjeomsorg",
      "norrmalm-t2-2021.txt:1686 Individ- och familjeomsorg",
    ],
  ],
  [
    "försenad sjukfrånvaro i socialnämnden",
    "indicator-lookup",
    "sv",
    ["Socialnämnden"],
    ["T1 2020"],
    true,
    ["socialnamnden-t1-2020.txt:1650 Sjukfrånvaro"],
  ],
  [
    "vad blir vädret i morgon i Stockholm",
    "not-understood",
    "sv",
    ["Norrmalms stadsdelsnämnd", "Socialnämnden"],
    ["T1 2020", "T2 2021"],
    true,
    [],
  ],
  ["visa mer", "not-understood", "sv", [], [], false, []],
  [
    "Jämför sjukfrånvaron mellan Norrmalm och socialnämnden",
    "compare",
    "sv",
    ["Norrmalms stadsdelsnämnd", "Socialnämnden"],
    ["T1 2020", "T2 2021"],
    true,
    [
      "socialnamnden-t1-2020.txt:1650 Sjukfrånvaro",
      "socialnamnden-t1-2020.txt:1652 Sjukfrånvaro dag 1-14",
      "norrmalm-t2-2021.txt:1544 Sjukfrånvaro",
      "norrmalm-t2-2021.txt:1545 Sjukfrånvaro dag 1-14",
    ],
  ],
  [
    "medarbetarindex i socialnämnden",
    "indicator-lookup",
    "sv",
    ["Socialnämnden"],
    ["T1 2020"],
    true,
    ["socialnamnden-t1-2020.txt:1636 Aktivt Medskapandeindex"],
  ],
  [
    "varför är sjukfrånvaron hög i socialnämnden?",
    "explain",
    "sv",
    ["Socialnämnden"],
    ["T1 2020"],
    true,
    [
      "socialnamnden-t1-2020.txt:1650 Sjukfrånvaro",
      "socialnamnden-t1-2020.txt:1468 Arbetsmiljö och hälsa",
      "socialnamnden-t1-2020.txt:106 En ekonomiskt hållbar och innovativ storstad för framtiden",
      "socialnamnden-t1-2020.txt:1701 Förväntat resultat",
      "socialnamnden-t1-2020.txt:1442 Analys",
    ],
  ],
  [
    "varför uppfylls mål 1.2 bara delvis?",
    "explain",
    "sv",
    ["Norrmalms stadsdelsnämnd", "Socialnämnden"],
    ["T1 2020", "T2 2021"],
    true,
    [
      "norrmalm-t2-2021.txt:306 Stockholm är en trygg, säker och välskött stad att bo och vistas i",
      "norrmalm-t2-2021.txt:306 Nyanlända barn och vuxna deltar i meningsfulla fritidsaktiviteter",
      "norrmalm-t2-2021.txt:92 En modern storstad med möjligheter och valfrihet för alla",
    ],
  ],
  [
    "why is sick leave high in Norrmalm?",
    "explain",
    "en",
    ["Norrmalms stadsdelsnämnd"],
    ["T2 2021"],
    true,
    [
      "norrmalm-t2-2021.txt:1544 Sjukfrånvaro",
      "norrmalm-t2-2021.txt:1502 Sjukfrånvaro",
      "norrmalm-t2-2021.txt:2008 Förskoleavdelningen",
      "norrmalm-t2-2021.txt:1597 Förväntat resultat",
      "norrmalm-t2-2021.txt:124 En ekonomiskt hållbar och innovativ storstad för framtiden",
    ],
  ],
  [
    "vad är avvikelsen för Norrmalm?",
    "budget",
    "sv",
    ["Norrmalms stadsdelsnämnd"],
    ["T2 2021"],
    true,
    [
      "norrmalm-t2-2021.txt:1618 Anslag för nämndens verksamhet (netto) – Uppföljning av driftbudget",
      "norrmalm-t2-2021.txt:1624 Prognos/avvikelse efter resultatdispositioner",
      "norrmalm-t2-2021.txt:1670 Totalt – Analys av årsprognos 2021",
      "norrmalm-t2-2021.txt:1780 Summa resultatenheter",
      "norrmalm-t2-2021.txt:1800 Totalt – Investeringar",
      "norrmalm-t2-2021.txt:1815 Totalt – Investeringar",
      "norrmalm-t2-2021.txt:1841 Totalt – Parkinvesteringar",
    ],
  ],
  [
    "hur stor är avvikelsen i socialnämnden?",
    "budget",
    "sv",
    ["Socialnämnden"],
    ["T1 2020"],
    true,
    [
      "socialnamnden-t1-2020.txt:1815 Summa intäkter",
      "socialnamnden-t1-2020.txt:1821 Summa kostnader",
      "socialnamnden-t1-2020.txt:1822 Netto – Utfall per april",
      "socialnamnden-t1-2020.txt:1841 Nämnden totalt – Verksamhetsområde, mnkr",
      "socialnamnden-t1-2020.txt:1958 Totalt – Investeringar",
    ],
  ],
  [
    "konsulter Norrmalm",
    "indicator-lookup",
    "sv",
    ["Norrmalms stadsdelsnämnd"],
    ["T2 2021"],
    true,
    [
      "norrmalm-t2-2021.txt:1538 Andel av personalkostnader inom socialtjänstens myndighetsutövning som är för externa konsulter",
    ],
  ],
  ["arbetar socialnämnden med digitalisering?", "not-understood", "sv", ["Socialnämnden"], ["T1 2020"], true, []],
  [
    "varför går det dåligt med Stockholmsjobb?",
    "explain",
    "sv",
    ["Norrmalms stadsdelsnämnd", "Socialnämnden"],
    ["T1 2020", "T2 2021"],
    true,
    [
      "norrmalm-t2-2021.txt:232 Antal aspiranter som fått Stockholmsjobb",
      "norrmalm-t2-2021.txt:238 Antal tillhandahållna platser för Stockholmsjobb",
      "socialnamnden-t1-2020.txt:213 Antal tillhandahållna platser för Stockholmsjobb",
    ],
  ],
  ["hjälp", "help", "sv", [], [], false, []],
  ["help", "help", "en", [], [], false, []],
  [
    "asdf qwerty zxcv",
    "not-understood",
    "sv",
    ["Norrmalms stadsdelsnämnd", "Socialnämnden"],
    ["T1 2020", "T2 2021"],
    true,
    [],
  ],
  ["sjukfranvaro bromma", "not-understood", "sv", ["Bromma stadsdelsnämnd"], [], false, []],
];

describe("createEngine over the real reports", () => {
  it.each(TABLE)("%s", (question, intent, language, organisations, periods, periodIsDefault, items) => {
    const { answer } = engine.ask(question);
    expect({ intent: answer.intent, language: answer.language, scope: answer.scope, items: itemKeys(answer) }).toEqual({
      intent,
      language,
      scope: { organisations, periods, periodIsDefault },
      items,
    });
  });

  it("has at least 40 questions in both languages", () => {
    expect([TABLE.length >= 40, new Set(TABLE.map((row) => row[2])).size]).toEqual([true, 2]);
  });

  it("re-runs the last query with the changed scope on follow-ups, and answers from the latest report when a named period is not loaded", () => {
    const first = engine.ask("vad är sjukfrånvaron i Socialnämnden T1 2020?");
    const second = engine.ask("och 2017?", first.state);
    const third = engine.ask("och för Norrmalm?", second.state);
    expect([second.answer.intent, second.answer.scope.periods, itemKeys(second.answer)]).toEqual([
      "indicator-lookup",
      ["T1 2017"],
      ["socialnamnden-t1-2017.txt:3908 Sjukfrånvaro"],
    ]);
    expect([third.answer.scope, itemKeys(third.answer), third.answer.notes?.[0]]).toEqual([
      { organisations: ["Norrmalms stadsdelsnämnd"], periods: ["T2 2021"], periodIsDefault: true },
      ["norrmalm-t2-2021.txt:1544 Sjukfrånvaro"],
      "2017 är inte inläst; svaret bygger på de inlästa rapporterna för samma år eller nämnd.",
    ]);
  });

  it("answers 'what about T2?' after an off-track question with the latest T2", () => {
    const first = engine.ask("which indicators are off track for soc?");
    const next = engine.ask("what about Norrmalm T2?", first.state);
    expect([next.answer.intent, next.answer.language, next.answer.scope]).toEqual([
      "indicator-list",
      "en",
      { organisations: ["Norrmalms stadsdelsnämnd"], periods: ["T2 2021"], periodIsDefault: false },
    ]);
  });

  it("prints an overview with the counts per status, the budget total and the rule of each off-track indicator", () => {
    const lines = engine.ask("hur går det för socialnämnden?").answer.answerText.split("\n");
    expect(lines.slice(0, 15)).toEqual([
      "Läget i Socialnämnden T1 2020 (senaste inlästa rapporten):",
      "",
      "• Socialnämnden T1 2020",
      "  indikatorer 44 (3 ej i fas, 1 ej uppnått, 4 risk, 14 i fas, 1 uppnått, 21 okänd status) · mål 32 (28 uppfylls helt, 4 ingen bedömning) · aktiviteter 141 (17 med avvikelse eller försening)",
      "  källa: socialnamnden-t1-2020.txt:1",
      "• Budget – Nämnden totalt",
      "  budget 1 242,6 mnkr · prognos 1 242,0 mnkr · avvikelse 0,6 mnkr",
      "  källa: socialnamnden-t1-2020.txt:1841",
      // The budget answer's rule: the last deviation column is the result after adjustments.
      "• Resultat efter justeringar – Nämnden totalt",
      "  Avvikelse efter återred. Nyanlända -8,0 mnkr",
      "  underskott (Avvikelse efter återred. Nyanlända)",
      "  källa: socialnamnden-t1-2020.txt:1841",
      "• Aktivt Medskapandeindex — ❌ ej uppnått",
      "  utfall 81 · män 83 · kvinnor 82 · utfall VB 2019 80 · årsmål 82 · KF:s årsmål 82 · period 2020",
      "  utfall 81 < årsmål 82 (högre är bättre)",
    ]);
    expect(lines.slice(-2)).toEqual([
      "Avvikelse är rapportens egen kolumn: budget − prognos (eller utfall), ibland efter justeringar; positivt är överskott.",
      'Fråga vidare: "vilka indikatorer har risk?", "vilka mål uppfylls delvis?", "vilka aktiviteter är försenade?".',
    ]);
  });

  it("lists the statuses a question asks for, says which, and keeps them in follow-ups", () => {
    const first = engine.ask("vilka indikatorer riskerar att inte nås i socialnämnden 2020?");
    expect([first.answer.lead?.[0], itemKeys(first.answer).length]).toEqual([
      "8 indikatorer med status risk, ej i fas eller ej uppnått i Socialnämnden T1 2020:",
      8,
    ]);
    const next = engine.ask("och för Norrmalm T2 2021?", first.state);
    expect([next.answer.intent, next.answer.lead?.[0]]).toEqual([
      "indicator-list",
      "20 indikatorer med status risk, ej i fas eller ej uppnått i Norrmalms stadsdelsnämnd T2 2021:",
    ]);
    expect(
      next.answer.items.every(
        (item) => item.status === "at-risk" || item.status === "off-track" || item.status === "missed",
      ),
    ).toBe(true);
  });

  it("says when an earlier period answers because the latest one lacks the indicator, and words the period's outcome by direction", () => {
    const { answer } = engine.ask("antal hemlösa");
    expect([answer.lead?.[0], answer.notes?.[0], answer.scope]).toEqual([
      "Antal hemlösa — Socialnämnden T1 2017:",
      "Svaret kommer från den senaste inlästa rapporten som har det.",
      { organisations: ["Socialnämnden"], periods: ["T1 2017"], periodIsDefault: true },
    ]);
    const sv = engine.ask("sjukfrånvaro i norrmalm").answer.items[0]?.statusReason;
    const en = engine.ask("sick leave in norrmalm").answer.items[0]?.statusReason;
    expect([sv, en]).toEqual([
      "prognos 8,5 % = årsmål 8,5 % (lägre är bättre); periodens utfall 9,7 % ligger ännu över målet",
      "forecast 8,5 % = target 8,5 % (lower is better); the period's outcome 9,7 % is still above the target",
    ]);
  });

  it("quotes an activity's delay phrase once, as the reason, not again among its values", () => {
    const [first] = engine.ask("Vilka aktiviteter är försenade i socialnämnden?").answer.items;
    expect([first?.source.line, Object.keys(first?.values ?? {}), first?.statusReason]).toEqual([
      336,
      ["datum", "mål"],
      'analysen: "inställd"',
    ]);
  });

  it("answers a theme from the reports' prose: quoted passages, each with its heading and lines, in the asked scope", () => {
    const first = engine.ask("Vad gör nämnden för att minska hedersrelaterat våld?");
    expect([first.answer.intent, first.answer.lead, first.answer.items.length]).toEqual([
      "passages",
      ["Det här skriver rapporterna om minska hedersrelaterat våld:"],
      6,
    ]);
    const passages = first.answer.items.filter((item) => item.kind === "passage");
    // Every quote holds the theme's words and stands on its cited lines.
    expect(passages.every((item) => /hedersrelaterat|hedersvåld/i.test(`${item.name} ${item.facts.text}`))).toBe(true);
    const keys = itemKeys(first.answer);
    expect(new Set(keys).size).toBe(keys.length);
    const next = engine.ask("och för Norrmalm?", first.state);
    expect([
      next.answer.intent,
      next.answer.items.length,
      next.answer.items.every((item) => item.report.file === "norrmalm-t2-2021.txt"),
    ]).toEqual(["passages", 6, true]);
  });

  it("searches English theme words in the reports' Swedish, and says plainly when nothing mentions them", () => {
    const { answer } = engine.ask("what is being done about homelessness in socialnämnden?");
    expect([answer.lead?.[0], answer.items.slice(0, 2).map((item) => `${item.source.line} ${item.name}`)]).toEqual([
      "What the reports say about homelessness:",
      ["589 Hemlöshet", "581 Hemlöshet"],
    ]);
    const nothing = engine.ask("sök xyzzy").answer;
    expect([nothing.intent, nothing.lead, nothing.items]).toEqual([
      "not-understood",
      ['Hittade inget i rapporterna om "xyzzy".'],
      [],
    ]);
  });

  it("answers 'varför?' after a lookup with that indicator's analysis and the report's prose, in the same scope", () => {
    const first = engine.ask("vad är sjukfrånvaron i socialnämnden 2020?");
    const why = engine.ask("varför?", first.state);
    expect([
      why.answer.intent,
      why.answer.scope.periods,
      why.answer.lead,
      why.answer.items[0]?.values["analys"]?.slice(0, 60),
    ]).toEqual([
      "explain",
      ["T1 2020"],
      ["Rapportens egen förklaring (sjukfrånvaron):"],
      "Sjukfrånvaro befaras öka under året med anledning av det nya",
    ]);
    expect(engine.ask("varför?").answer.lead).toEqual([
      'Varför vad? Nämn en indikator eller ett mål, till exempel "varför är sjukfrånvaron hög?" eller "varför uppfylls mål 1.2 bara delvis?".',
    ]);
    const goal = engine.ask("varför uppfylls mål 1.2 bara delvis?").answer;
    const analysis = goal.items[0]?.values["analys"] ?? "";
    expect([
      goal.items[0]?.source.file,
      analysis.length <= 600,
      analysis.startsWith("Förvaltningen bedömer att kommunfullmäktiges mål"),
      analysis.endsWith("…"),
      goal.notes?.at(-1),
    ]).toEqual([
      "norrmalm-t2-2021.txt",
      true,
      true,
      true,
      "Långa analyser är förkortade (…); hela texten finns på källraden.",
    ]);
  });

  it("says that a Stockholm committee it does not have is not loaded, and which reports are", () => {
    expect(engine.ask("Hur går det för Kungsholmen?").answer.answerText).toBe(
      "Kungsholmens stadsdelsnämnd har ingen inläst rapport.\n\nInlästa rapporter: Socialnämnden T1 2017, Socialnämnden T1 2020, Norrmalms stadsdelsnämnd T2 2021.",
    );
    expect(engine.ask("sick leave in Bromma").answer.lead).toEqual(["Bromma stadsdelsnämnd has no loaded report."]);
    expect(engine.ask("hur går det för Enskede?").answer.lead).toEqual([
      "Enskede-Årsta-Vantörs stadsdelsnämnd har ingen inläst rapport.",
    ]);
  });

  it("keeps the conversation when 'varför?' has nothing to explain, and says what the others are when none has the asked status", () => {
    const first = engine.ask("vilka indikatorer är försenade i socialnämnden?");
    const why = engine.ask("varför?", first.state);
    expect(why.answer.lead?.[0]?.startsWith("Varför")).toBe(true);
    expect(engine.ask("och för Norrmalm T2 2021?", why.state).answer.intent).toBe("indicator-list");
    const risk2017 = engine.ask("vilka indikatorer har risk i socialnämnden 2017?").answer;
    expect([risk2017.lead, itemKeys(risk2017)]).toEqual([
      ["1 indikator med status risk i Socialnämnden T1 2017:"],
      [
        "socialnamnden-t1-2017.txt:2824 Andel inköpta ekologiska livsmedel i staden i kronor av totala värdet av inköpta måltider och livsmedel",
      ],
    ]);
  });

  it("follows an overview up with the overview of the new scope", () => {
    const first = engine.ask("hur går det för socialnämnden?");
    const next = engine.ask("och för Norrmalm?", first.state);
    expect([next.answer.intent, next.answer.scope, itemKeys(next.answer)]).toEqual([
      "overview",
      { organisations: ["Norrmalms stadsdelsnämnd"], periods: ["T2 2021"], periodIsDefault: true },
      itemKeys(engine.ask("hur går det för Norrmalm?").answer),
    ]);
  });

  it("lists each loaded report with all its counts, goals included", () => {
    const lines = engine.ask("vilka rapporter finns?").answer.answerText.split("\n");
    expect(lines.slice(2, 5)).toEqual([
      "• Socialnämnden T1 2017",
      "  mål 50 · indikatorer 62 · aktiviteter 81 · budgetrader 148",
      "  källa: socialnamnden-t1-2017.txt:1",
    ]);
  });

  it("gives every indicator item its status rule and a source line", () => {
    const { answer } = engine.ask("vilka indikatorer är försenade denna tertial?");
    expect(answer.items.length).toBe(17);
    expect(answer.items.every((item) => item.statusReason !== null && item.source.line > 0)).toBe(true);
  });

  it("cites a wrapped row from its first name line to its values line", () => {
    const { answer } = engine.ask("aktivt medskapandeindex socialnämnden 2017");
    const item = answer.items.find((i) => i.kind === "indicator" && i.name === "Aktivt Medskapandeindex");
    // "Aktivt" on 3872, "Medskapandeindex" on 3873, the values "80 79 80   80 83 2017" on 3875.
    expect(item?.source).toEqual({ file: "socialnamnden-t1-2017.txt", line: 3872, endLine: 3875 });
    expect(renderText(answer)).toContain("källa: socialnamnden-t1-2017.txt:3872–3875");
  });

  it("shows a wrapped budget row as one item citing its lines", () => {
    const { answer } = engine.ask("budget netto socialnämnden 2017");
    const rows = answer.items.filter((i) => i.kind === "budget-line" && i.name.startsWith("Netto"));
    // "Netto 980,3 263,2 26,8%  1" on 5333 … "316,5 26,0%" on 5339: one row, all seven cells.
    expect(rows.map((row) => [row.source, Object.keys(row.values).length])).toEqual([
      [{ file: "socialnamnden-t1-2017.txt", line: 5333, endLine: 5339 }, 8],
    ]);
  });
});

describe("the misreadings of engine v1 (issue 10) no longer happen", () => {
  it("'i fas' lists indicators on track, not goal 3.2.1 ('fastställda')", () => {
    const { answer } = engine.ask("vilka indikatorer är i fas?");
    expect(answer.intent).toBe("indicator-list");
    expect(answer.items.length).toBeGreaterThan(0);
    expect(
      answer.items.every((item) => item.kind === "indicator" && (item.status === "on-track" || item.status === "met")),
    ).toBe(true);
  });

  it("'hur många indikatorer har Norrmalm?' counts 90", () => {
    const { answer } = engine.ask("hur många indikatorer har Norrmalm?");
    expect([answer.intent, answer.lead?.[0]?.startsWith("90 indikatorer totalt"), answer.computed?.[0]?.value]).toEqual(
      ["count", true, 90],
    );
  });

  it("'list all goals for Norrmalm' lists its 34 goals", () => {
    const { answer } = engine.ask("list all goals for Norrmalm");
    expect([answer.intent, answer.items.length, new Set(answer.items.map((item) => item.kind))]).toEqual([
      "goal-list",
      34,
      new Set(["goal"]),
    ]);
  });

  it("'okänd status' lists indicators of unknown status, not a budget row", () => {
    const { answer } = engine.ask("vilka indikatorer har okänd status?");
    expect(answer.items.length).toBeGreaterThan(0);
    expect(answer.items.every((item) => item.kind === "indicator" && item.status === "unknown")).toBe(true);
  });

  it("'what is Norrmalm's sick leave?' reads the possessive and answers sick leave", () => {
    expect(itemKeys(engine.ask("what is Norrmalm's sick leave?").answer)).toEqual([
      "norrmalm-t2-2021.txt:1544 Sjukfrånvaro",
    ]);
  });

  it("'vad har ändrats sedan 2017?' tells what changed since the previous report", () => {
    const { answer } = engine.ask("vad har ändrats sedan 2017?");
    expect([answer.intent, answer.lead?.[1]?.startsWith("Socialnämnden T1 2017 → T1 2020:")]).toEqual([
      "changes",
      true,
    ]);
  });

  it("'varför är sjukfrånvaron hög?' quotes the section headed Sjukfrånvaro (norrmalm-t2-2021.txt:1500)", () => {
    const { answer } = engine.ask("varför är sjukfrånvaron hög?");
    expect(
      answer.items.some((item) => item.kind === "passage" && item.name === "Sjukfrånvaro" && item.source.line === 1502),
    ).toBe(true);
  });

  it("'Menade du' offers only names that share a word with the question, or none", () => {
    expect(engine.ask("vad blir vädret i morgon?").answer.suggestions).toEqual([]);
    const suggestions = engine.ask("sjukfrånvaro bromma").answer.suggestions;
    expect(suggestions.length > 0 && suggestions.every((name) => /sjukfrånvaro/i.test(name))).toBe(true);
  });
});
