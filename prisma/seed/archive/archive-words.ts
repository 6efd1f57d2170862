// Word lists for the bench archive (prisma/seed/archive/archive-data.ts). Plain ASCII on purpose: JavaScript
// and PostgreSQL then agree on every string length, so the claims' offsets are exact.

/**
 * Talking points that come back across articles in slightly different words, so "already
 * fact-checked" matching has real pairs to find. Each claim picks one variant.
 */
export const ARCHIVE_TALKING_POINTS: readonly (readonly string[])[] = [
  [
    "I did not have communications with the Russians",
    "I did not have any communications with the Russians",
    "we did not have communications with the Russians during the campaign",
  ],
  [
    "crime in our cities has doubled in the last four years",
    "crime in our big cities has doubled over the last four years",
    "violent crime in our cities has doubled in just four years",
  ],
  [
    "the new trade deal will create half a million jobs",
    "this trade deal is going to create half a million new jobs",
    "the trade deal will create five hundred thousand jobs",
  ],
  [
    "we have the highest tax rate of any country in the world",
    "we have the highest tax rates of any nation in the world",
    "our businesses pay the highest tax rate of any country in the world",
  ],
  [
    "unemployment among young people has tripled since the election",
    "youth unemployment has tripled since the last election",
    "unemployment among young people tripled after the election",
  ],
  [
    "the vaccine programme reached ninety percent of older adults by March",
    "the vaccine program reached 90 percent of older adults by March",
    "ninety percent of older adults were vaccinated by March",
  ],
  [
    "the city spends more on police than on schools and hospitals combined",
    "this city spends more on policing than on schools and hospitals combined",
    "we spend more on police than on our schools and hospitals put together",
  ],
  [
    "emissions from power plants fell by a third in the past decade",
    "power plant emissions have fallen by a third over the past decade",
    "emissions from our power plants dropped by one third in ten years",
  ],
  [
    "rents have gone up faster than wages every single year since 2015",
    "rent has risen faster than wages every year since 2015",
    "rents rose faster than wages in every single year since 2015",
  ],
  [
    "the border wall has already stopped ninety percent of illegal crossings",
    "the wall has stopped 90 percent of illegal border crossings",
    "illegal crossings fell by ninety percent where the border wall was built",
  ],
  [
    "I never met with any Russian officials to discuss issues of the campaign",
    "I never met with Russian officials to discuss the campaign",
    "I never once met any Russian official to discuss issues of the campaign",
  ],
  [
    "the hospital waiting list is the longest it has ever been",
    "hospital waiting lists are now the longest they have ever been",
    "the waiting list for hospital treatment is longer than it has ever been",
  ],
];

export const CLAIMANTS = [
  "Sergey Kislyak",
  "Jeff Sessions",
  "Al Franken",
  "Maria Delgado",
  "Thomas Whitfield",
  "Ellen Park",
  "Ray Okafor",
  "Priya Raman",
  "Daniel Moreau",
  "Grace Achterberg",
  "Hector Villanueva",
  "Nadia Petrova",
  "Samuel Osei",
  "Ingrid Halvorsen",
  "Omar Haddad",
  "Lucy Brennan",
  "Viktor Lindqvist",
  "Fatima Zahra Benali",
  "George Templeton",
  "Mei Lin Chow",
  "Patrick O'Rourke",
  "Carmen Ibarra",
  "Jonas Eklund",
  "Aisha Mwangi",
  "Robert Kowalczyk",
  "Helen Fairweather",
  "Tariq Siddiqui",
  "Sofia Castellano",
  "William Ashby",
  "Yusuf Demir",
];

export const PLACES = [
  "Ohio",
  "Texas",
  "Michigan",
  "Arizona",
  "Georgia",
  "Pennsylvania",
  "Wisconsin",
  "Nevada",
  "Florida",
  "Minnesota",
  "Colorado",
  "Virginia",
  "the capital",
  "the county",
  "Riverside",
  "Lakewood",
  "Springfield",
  "Harbor City",
  "the northern region",
  "the coastal districts",
];

export const SUBJECTS = [
  "the state government",
  "the city council",
  "the previous administration",
  "our party",
  "the governor",
  "the ministry of health",
  "the school board",
  "the federal government",
  "the mayor's office",
  "the opposition",
  "Congress",
  "the transport authority",
];

export const METRICS = [
  "spending on public schools",
  "the number of police officers",
  "funding for rural hospitals",
  "the housing budget",
  "average household income",
  "the minimum wage",
  "property taxes",
  "the deficit",
  "carbon emissions",
  "the price of petrol",
  "teacher salaries",
  "prescription drug prices",
  "child poverty",
  "the prison population",
  "foreign investment",
  "broadband coverage",
  "the waiting time for surgery",
  "the number of new homes",
  "energy bills",
  "military spending",
];

export const TOPICS = [
  "the pipeline contract",
  "immigration reform",
  "the hospital merger",
  "election security",
  "the bridge repairs",
  "sanctions",
  "the pension fund",
  "water quality",
  "the stadium deal",
  "farm subsidies",
  "the tax rebate",
  "gun laws",
  "the refugee programme",
  "the climate bill",
  "student loans",
  "the mining licence",
];

export const GROUPS = [
  "union leaders",
  "foreign diplomats",
  "oil executives",
  "lobbyists",
  "the ambassador",
  "campaign donors",
  "the Chinese delegation",
  "bank regulators",
  "tech companies",
  "teachers",
  "nurses",
  "small business owners",
  "pensioners",
  "farmers",
];

export const TIMEFRAMES = [
  "last year",
  "since 2019",
  "in the past decade",
  "over the last four years",
  "since the election",
  "in the first hundred days",
  "during the pandemic",
  "since records began",
  "this year alone",
  "in just two years",
];

export const OUTLETS = [
  "The Daily Ledger",
  "Metro Courier",
  "Riverside Tribune",
  "Capital Observer",
  "Northern Herald",
  "Harbor City Post",
  "The Evening Standard Bearer",
  "Valley News Network",
  "Public Radio Desk",
  "The Weekly Dispatch",
  "Lakewood Gazette",
  "Springfield Chronicle",
];

export const PUBLISHERS = [
  "Bureau of Labor Statistics",
  "Census Bureau",
  "Reuters",
  "Associated Press",
  "State Auditor",
  "Congressional Budget Office",
  "Office for National Statistics",
  "World Bank",
  "Federal Reserve",
  "Department of Education",
  "Environmental Protection Agency",
  "Pew Research Center",
];

export const REPORTS = [
  "annual report",
  "budget tables",
  "press release",
  "audit findings",
  "quarterly survey",
  "data release",
  "testimony transcript",
  "official statistics",
  "meeting records",
  "public filings",
];

export const EVENTS = [
  "town hall",
  "rally",
  "press conference",
  "budget hearing",
  "televised debate",
  "radio interview",
  "campaign stop",
  "committee hearing",
  "school visit",
  "fundraising dinner",
];

export const WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
