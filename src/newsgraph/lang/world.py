"""Language-neutral knowledge: well-known actors by their identity key.

Like the actor dictionaries of event coders (CAMEO, PETRARCH), this lets the entity stage
know that "le président russe" in 2021 is Vladimir Putin, and that Poutine and Putin are one
person. Keys of people are the folded English name (see identity.fold_name).
Each leader: canonical English name -> (country, roles, gender, years in office or None).
"""

LEADERS: dict[str, tuple[str, tuple[str, ...], str, tuple[int, int] | None]] = {
    "Vladimir Putin": ("RUS", ("president", "leader"), "m", (2000, 2100)),
    "Dmitry Medvedev": ("RUS", ("prime minister",), "m", (2008, 2012)),
    "Sergey Lavrov": ("RUS", ("foreign minister",), "m", None),
    "Dmitry Peskov": ("RUS", ("spokesperson",), "m", None),
    "Yuri Ushakov": ("RUS", ("adviser",), "m", None),
    "Joe Biden": ("USA", ("president", "leader"), "m", (2021, 2025)),
    "Donald Trump": ("USA", ("president", "leader"), "m", (2017, 2021)),
    "Barack Obama": ("USA", ("president", "leader"), "m", (2009, 2017)),
    "Kamala Harris": ("USA", ("vice president",), "f", None),
    "Hillary Clinton": ("USA", ("secretary of state", "candidate"), "f", None),
    "Mike Pence": ("USA", ("vice president", "governor"), "m", None),
    "Antony Blinken": ("USA", ("secretary of state",), "m", None),
    "Jen Psaki": ("USA", ("spokesperson",), "f", None),
    "Volodymyr Zelensky": ("UKR", ("president", "leader"), "m", (2019, 2100)),
    "Petro Poroshenko": ("UKR", ("president", "leader"), "m", (2014, 2019)),
    "Emmanuel Macron": ("FRA", ("president", "leader"), "m", (2017, 2100)),
    "François Hollande": ("FRA", ("president", "leader"), "m", (2012, 2017)),
    "Nicolas Sarkozy": ("FRA", ("president", "leader"), "m", (2007, 2012)),
    "Édouard Philippe": ("FRA", ("prime minister",), "m", (2017, 2020)),
    "Jean Castex": ("FRA", ("prime minister",), "m", (2020, 2022)),
    "Élisabeth Borne": ("FRA", ("prime minister",), "f", (2022, 2024)),
    "Gabriel Attal": ("FRA", ("prime minister",), "m", (2024, 2024)),
    "Michel Barnier": ("FRA", ("prime minister",), "m", (2024, 2024)),
    "François Bayrou": ("FRA", ("prime minister",), "m", (2024, 2025)),
    "Marine Le Pen": ("FRA", ("leader",), "f", None),
    "Jean-Luc Mélenchon": ("FRA", ("leader",), "m", None),
    "Christophe Castaner": ("FRA", ("interior minister",), "m", None),
    "Gérald Darmanin": ("FRA", ("interior minister",), "m", None),
    "Olaf Scholz": ("DEU", ("chancellor", "leader"), "m", (2021, 2025)),
    "Angela Merkel": ("DEU", ("chancellor", "leader"), "f", (2005, 2021)),
    "Friedrich Merz": ("DEU", ("chancellor", "leader"), "m", (2025, 2100)),
    "Boris Johnson": ("GBR", ("prime minister", "leader"), "m", (2019, 2022)),
    "Theresa May": ("GBR", ("prime minister", "leader"), "f", (2016, 2019)),
    "Rishi Sunak": ("GBR", ("prime minister", "leader"), "m", (2022, 2024)),
    "Keir Starmer": ("GBR", ("prime minister", "leader"), "m", (2024, 2100)),
    "Xi Jinping": ("CHN", ("president", "leader"), "m", (2013, 2100)),
    "Recep Tayyip Erdogan": ("TUR", ("president", "leader"), "m", (2014, 2100)),
    "Benjamin Netanyahu": ("ISR", ("prime minister", "leader"), "m", (2009, 2100)),
    "Justin Trudeau": ("CAN", ("prime minister", "leader"), "m", (2015, 2025)),
    "Narendra Modi": ("IND", ("prime minister", "leader"), "m", (2014, 2100)),
    "Kim Jong Un": ("PRK", ("leader",), "m", (2011, 2100)),
    "Alexander Lukashenko": ("BLR", ("president", "leader"), "m", (1994, 2100)),
    "Bashar al-Assad": ("SYR", ("president", "leader"), "m", (2000, 2024)),
    "Ali Khamenei": ("IRN", ("leader",), "m", (1989, 2100)),
    "Mohammed VI": ("MAR", ("king",), "m", (1999, 2100)),
    "Abdelmadjid Tebboune": ("DZA", ("president",), "m", (2019, 2100)),
    "Pedro Sanchez": ("ESP", ("prime minister",), "m", (2018, 2100)),
    "Giorgia Meloni": ("ITA", ("prime minister",), "f", (2022, 2100)),
    "Ursula von der Leyen": ("", ("president",), "f", None),
    "Jens Stoltenberg": ("", ("secretary general",), "m", None),
    "Antonio Guterres": ("", ("secretary general",), "m", None),
    "Pope Francis": ("VAT", ("pope",), "m", (2013, 2025)),
    "Jair Bolsonaro": ("BRA", ("president",), "m", (2019, 2022)),
    "Luiz Inacio Lula da Silva": ("BRA", ("president",), "m", (2023, 2100)),
}

# Surname spellings in other scripts' transliterations that folding alone does not join.
SURNAME_ALIASES: dict[str, str] = {
    "poutine": "Vladimir Putin", "putin": "Vladimir Putin",
    "zelensky": "Volodymyr Zelensky", "zelenskyy": "Volodymyr Zelensky", "zelenski": "Volodymyr Zelensky",
    "zelenskiy": "Volodymyr Zelensky", "medvedev": "Dmitry Medvedev", "lavrov": "Sergey Lavrov",
    "peskov": "Dmitry Peskov", "ouchakov": "Yuri Ushakov", "ushakov": "Yuri Ushakov",
    "erdogan": "Recep Tayyip Erdogan", "erdoğan": "Recep Tayyip Erdogan",
    "netanyahou": "Benjamin Netanyahu", "netanyahu": "Benjamin Netanyahu",
    "loukachenko": "Alexander Lukashenko", "lukashenko": "Alexander Lukashenko",
    "assad": "Bashar al-Assad", "el-assad": "Bashar al-Assad", "al-assad": "Bashar al-Assad",
    "khamenei": "Ali Khamenei", "khameneï": "Ali Khamenei", "xi": "Xi Jinping",
    "guterres": "Antonio Guterres", "stoltenberg": "Jens Stoltenberg",
}

# Social networks and messaging services are organisations (the companies that run them), whatever the
# language: surface (lowercase) -> (key, English name, country). No country: "Facebook a supprimé des
# comptes" is a company acting, not the United States.
SOCIAL_NETWORKS: dict[str, tuple[str, str, str | None]] = {
    "twitter": ("org:twitter", "Twitter", None),
    "facebook": ("org:facebook", "Facebook", None),
    "instagram": ("org:instagram", "Instagram", None),
    "youtube": ("org:youtube", "YouTube", None),
    "tiktok": ("org:tiktok", "TikTok", None),
    "snapchat": ("org:snapchat", "Snapchat", None),
    "linkedin": ("org:linkedin", "LinkedIn", None),
    "whatsapp": ("org:whatsapp", "WhatsApp", None),
}

# Capitals that, used as an actor, stand for an institution seated there rather than for their
# country's government: `négocier avec Bruxelles`, `Bruxelles exige` is the European Union (the
# Belgian government is not called so in the press). English city name -> (key, name, type).
INSTITUTION_SEATS: dict[str, tuple[str, str, str]] = {
    "Brussels": ("org:eu", "European Union", "ORG"),
}
