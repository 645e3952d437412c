"""Helpers for writing the dev9 gold compactly. build_gold.py imports every d9_NN.py part,
expands the participant and location keys through the registries below and writes gold.json.
A participant key names a person, an office, an organization or a country; the aliases are the
English canonical name, the Russian nominative names and the surname, plus (for countries and
country-level sides only) the country's name variants."""

R = {}   # participant key -> (aliases, ISO3 or None)
L = {}   # location key -> (aliases, ISO3 or None)


def person(key, country, *aliases):
    R[key] = (list(aliases), country)


def place(key, country, *aliases):
    L[key] = (list(aliases), country)


# channel/mode shortcuts for CONSULT
VISIT = ("visit", "in_person")
THIRD = ("third-party", "in_person")
MULTI = ("multilateral", "in_person")
MULTI_VIDEO = ("multilateral", "video")
PHONE = ("phone", "phone")
VIDEO = ("phone", "video")
LETTER = ("phone", "written")


def E(sfx, typ, date, parts, evidence, cm=(None, None), aux=None, tol=0, loc=None, req=True,
      mdo=False, qty=None):
    """parts: list of (role, key) with role 'a' (actor) or 'r' (recipient)."""
    mode, channel = cm
    ev = {"id": sfx, "required": req, "type": typ, "mode": mode, "channel": channel,
          "auxiliary": aux, "date": date, "date_tolerance_days": tol,
          "participants": [], "location": None, "evidence": evidence}
    for role, key in parts:
        # "a+b": a side named by the text as "стороны"/"казахстанская сторона": the person who
        # led it and the country-level actor, so the country's names are aliases as well
        keys = key.split("+")
        aliases, country = [], R[keys[0]][1]
        for k in keys:
            aliases += [a for a in R[k][0] if a not in aliases]
        ev["participants"].append({"role": {"a": "actor", "r": "recipient"}[role],
                                   "aliases": list(aliases), "country": country})
    if loc:
        aliases, country = L[loc]
        ev["location"] = {"aliases": list(aliases), "country": country}
    if mdo:
        ev["match_month_day_only"] = True
    if qty is not None:
        ev["quantity"] = qty
    return ev


# ---------------------------------------------------------------- countries (country-level actors)
person("RUS", "RUS", "Russia", "Россия", "России", "Россию", "Российская Федерация", "РФ", "Москва", "Moscow", "российская сторона")
person("VNM", "VNM", "Vietnam", "Viet Nam", "Вьетнам", "СРВ", "Социалистическая Республика Вьетнам", "Ханой", "Hanoi", "вьетнамская сторона", "вьетнамские партнеры")
person("USA", "USA", "United States", "USA", "США", "Соединенные Штаты", "Соединенные Штаты Америки", "Вашингтон", "Washington", "американская сторона")
person("CHN", "CHN", "China", "Китай", "Китая", "КНР", "Китайская Народная Республика", "Пекин", "Beijing", "китайская сторона")
person("UZB", "UZB", "Uzbekistan", "Узбекистан", "Республика Узбекистан", "Ташкент", "Tashkent", "узбекистанская сторона", "узбекская сторона")
person("KAZ", "KAZ", "Kazakhstan", "Казахстан", "Республика Казахстан", "РК", "Астана", "Astana", "казахстанская сторона")
person("HUN", "HUN", "Hungary", "Венгрия", "Будапешт", "Budapest", "венгерская сторона")
person("KGZ", "KGZ", "Kyrgyzstan", "Kyrgyz Republic", "Кыргызстан", "Киргизия", "Кыргызская Республика", "Бишкек", "Bishkek", "кыргызская сторона")
person("AZE", "AZE", "Azerbaijan", "Азербайджан", "Азербайджанская Республика", "Баку", "Baku", "азербайджанская сторона")
person("FRA", "FRA", "France", "Франция", "Париж", "Paris", "французская сторона")
person("NLD", "NLD", "Netherlands", "Нидерланды", "Голландия")
person("ARM", "ARM", "Armenia", "Армения", "Республика Армения", "Ереван", "Yerevan", "армянская сторона")
person("IND", "IND", "India", "Индия", "Республика Индия", "Нью-Дели", "New Delhi", "индийская сторона")
person("BRA", "BRA", "Brazil", "Бразилия", "Бразилии", "Федеративная Республика Бразилия", "Бразилиа", "Brasilia", "бразильская сторона")
person("PAK", "PAK", "Pakistan", "Пакистан", "Исламская Республика Пакистан", "Исламабад", "Islamabad", "пакистанская сторона")
person("BLR", "BLR", "Belarus", "Беларусь", "Белоруссия", "Республика Беларусь", "Минск", "Minsk", "белорусская сторона")
person("ZAF", "ZAF", "South Africa", "ЮАР", "Южно-Африканская Республика", "Претория", "Pretoria", "южноафриканская сторона")
person("UKR", "UKR", "Ukraine", "Украина", "Украину", "Украины", "Киев", "Kyiv", "Kiev", "украинская сторона")
person("SVK", "SVK", "Slovakia", "Словакия", "Словакию", "Словакии", "Словацкая Республика", "Братислава", "Bratislava", "словацкая сторона")
person("SAU", "SAU", "Saudi Arabia", "Саудовская Аравия", "Эр-Рияда", "Королевство Саудовская Аравия", "КСА", "Эр-Рияд", "Riyadh", "саудовская сторона")
person("ISR", "ISR", "Israel", "Израиль", "Израиля", "Государство Израиль", "израильская сторона")
person("PSE", "PSE", "Palestine", "State of Palestine", "Палестина", "Государство Палестина", "Палестинское государство", "Палестинского государства")
person("TKM", "TKM", "Turkmenistan", "Туркменистан", "Туркмения", "Ашхабад", "Ashgabat", "туркменская сторона")
person("TUR", "TUR", "Turkey", "Türkiye", "Турция", "Турецкая Республика", "Анкара", "Ankara", "турецкая сторона")
person("EU", None, "European Union", "EU", "Евросоюз", "Европейский союз", "ЕС", "Брюссель", "Брюсселя", "Brussels")
person("UN", None, "United Nations", "UN", "ООН", "Организация Объединенных Наций")

# ---------------------------------------------------------------- places
place("hanoi", "VNM", "Hanoi", "Ханой")
place("bali", "IDN", "Bali", "Бали", "Indonesia", "Индонезия")
place("moscow", "RUS", "Moscow", "Москва")
place("kremlin", "RUS", "Moscow", "Москва", "Kremlin", "Кремль")
place("tashkent", "UZB", "Tashkent", "Ташкент")
place("astana", "KAZ", "Astana", "Астана")
place("budapest", "HUN", "Budapest", "Будапешт")
place("bishkek", "KGZ", "Bishkek", "Бишкек")
place("baku", "AZE", "Baku", "Баку")
place("yerevan", "ARM", "Yerevan", "Ереван")
place("beijing", "CHN", "Beijing", "Пекин")
place("shanghai", "CHN", "Shanghai", "Шанхай")
place("brasilia", "BRA", "Brasilia", "Бразилиа")
place("newdelhi", "IND", "New Delhi", "Нью-Дели")
place("minsk", "BLR", "Minsk", "Минск")
place("islamabad", "PAK", "Islamabad", "Исламабад")
place("pretoria", "ZAF", "Pretoria", "Претория")

# ---------------------------------------------------------------- persons and offices
person("lavrov", "RUS", "Sergey Lavrov", "Sergei Lavrov", "Сергей Лавров", "Сергей Викторович Лавров", "С.В.Лавров", "С.Лавров", "Лавров", "глава МИД России", "министр иностранных дел России")
person("putin", "RUS", "Vladimir Putin", "Владимир Путин", "Владимир Владимирович Путин", "В.В.Путин", "Путин", "президент России", "президент РФ")
person("bui_thanh_son", "VNM", "Bui Thanh Son", "Bùi Thanh Sơn", "Буй Тхань Шон", "глава МИД Вьетнама", "министр иностранных дел Вьетнама")
person("pham_minh_chinh", "VNM", "Pham Minh Chinh", "Phạm Minh Chính", "Фам Минь Тинь", "Фам Минь Тинем", "премьер-министр Вьетнама")
person("nguyen_phu_trong", "VNM", "Nguyen Phu Trong", "Nguyễn Phú Trọng", "Нгуен Фу Чонг", "генеральный секретарь ЦК КПВ")
person("nguyen_xuan_phuc", "VNM", "Nguyen Xuan Phuc", "Nguyễn Xuân Phúc", "Нгуен Суан Фук", "президент Вьетнама")
person("G20", None, "G20", "Group of Twenty", "Группа двадцати", "Группы двадцати", "G20")
person("mirziyoyev", "UZB", "Shavkat Mirziyoyev", "Shavkat Mirziyoev", "Шавкат Мирзиёев", "Шавкат Миромонович Мирзиёев", "Ш.Мирзиёев", "Мирзиёев", "Мирзиеев", "президент Узбекистана")
place("bishkek_cis", "KGZ", "Bishkek", "Бишкек")
person("tokayev", "KAZ", "Kassym-Jomart Tokayev", "Kassym-Zhomart Tokayev", "Касым-Жомарт Токаев", "Касым-Жомарт Кемелевич Токаев", "К.Токаев", "Токаев", "президент Казахстана")
person("szijjarto", "HUN", "Péter Szijjártó", "Peter Szijjarto", "Петер Сийярто", "Сийярто", "глава МИД Венгрии", "министр иностранных дел Венгрии")
person("tileuberdi", "KAZ", "Mukhtar Tileuberdi", "Мухтар Тлеуберди", "Мухтар Бескенулы Тлеуберди", "Тлеуберди", "министр иностранных дел Казахстана")
person("orban", "HUN", "Viktor Orbán", "Viktor Orban", "Виктор Орбан", "Орбан", "премьер-министр Венгрии")
place("samarkand", "UZB", "Samarkand", "Самарканд")
person("lukashenko", "BLR", "Alexander Lukashenko", "Aleksandr Lukashenko", "Александр Лукашенко", "Александр Григорьевич Лукашенко", "А.Лукашенко", "Лукашенко", "Президент Беларуси", "президент Белоруссии")
person("sharif", "PAK", "Shehbaz Sharif", "Shahbaz Sharif", "Шахбаз Шариф", "Шариф", "премьер-министр Пакистана")
person("imran_supporters", "PAK", "supporters of Imran Khan", "Imran Khan supporters", "Pakistan Tehreek-e-Insaf", "PTI", "сторонники Имрана Хана", "сторонники экс-премьера Имрана Хана", "сторонников экс-премьера Имрана Хана", "Пакистан Техрик-и-Инсаф")
person("PAK_gov", "PAK", "Government of Pakistan", "Pakistan", "Пакистан", "власти Пакистана", "правительство Пакистана", "Исламабад", "Islamabad")
person("japarov", "KGZ", "Sadyr Japarov", "Sadyr Zhaparov", "Садыр Жапаров", "Садыр Нургожоевич Жапаров", "С.Жапаров", "Жапаров", "президент Кыргызстана", "Президент Кыргызской Республики")
place("karasuu", "KGZ", "Kara-Suu", "Кара-Суу")
person("aliyev", "AZE", "Ilham Aliyev", "Ильхам Алиев", "Ильхам Гейдар оглы Алиев", "И.Алиев", "Алиев", "президент Азербайджана")
person("rahmon", "TJK", "Emomali Rahmon", "Эмомали Рахмон", "Рахмон", "президент Таджикистана")
person("pannier", "FRA", "Agnès Pannier-Runacher", "Agnes Pannier-Runacher", "Аньес Панье-Рюнаше", "Панье-Рюнаше", "министр экологического перехода Франции")
person("AZE_MFA", "AZE", "Ministry of Foreign Affairs of Azerbaijan", "МИД Азербайджана", "Айхан Гаджизаде", "Aykhan Hajizada", "Гаджизаде")
person("COP29", None, "COP29", "UNFCCC", "Конференция сторон Рамочной конвенции ООН об изменении климата", "COP29")
person("mirzoyan", "ARM", "Ararat Mirzoyan", "Арарат Мирзоян", "Мирзоян", "министр иностранных дел Армении")
person("jaishankar", "IND", "Subrahmanyam Jaishankar", "S. Jaishankar", "Субраманьям Джайшанкар", "Джайшанкар", "министр иностранных дел Индии")
person("pashinyan", "ARM", "Nikol Pashinyan", "Никол Пашинян", "Пашинян", "премьер-министр Армении")
person("simonyan", "ARM", "Alen Simonyan", "Ален Симонян", "Симонян", "председатель Национального собрания Армении")
person("modi", "IND", "Narendra Modi", "Нарендра Моди", "Моди", "премьер-министр Индии")
place("newyork", "USA", "New York", "Нью-Йорк")
person("xi", "CHN", "Xi Jinping", "Си Цзиньпин", "Председатель КНР", "председатель Китая")
person("lula", "BRA", "Luiz Inácio Lula da Silva", "Lula da Silva", "Lula", "Луис Инасиу Лула да Силва", "Лула да Силва", "Лула", "президент Бразилии")
person("li_qiang", "CHN", "Li Qiang", "Ли Цян", "премьер Госсовета КНР")
person("zhao_leji", "CHN", "Zhao Leji", "Чжао Лэцзи", "председатель ПК ВСНП")
person("bolsonaro", "BRA", "Jair Bolsonaro", "Жаир Болсонару", "Болсонару")
person("NDB", None, "New Development Bank", "NDB", "Новый банк развития", "Нового банка развития", "Дилма Русеф", "Dilma Rousseff")
person("BRICS", None, "BRICS", "БРИКС")
place("brazil", "BRA", "Brazil", "Бразилия")
person("murmu", "IND", "Droupadi Murmu", "Драупади Мурму", "Мурму", "президент Индии")
person("meredov", "TKM", "Rashid Meredov", "Рашид Мередов", "Рашид Овезгельдиевич Мередов", "Р.О.Мередов", "Р.Мередов", "Мередов", "министр иностранных дел Туркменистана")
person("serdar", "TKM", "Serdar Berdimuhamedow", "Serdar Berdimuhamedov", "Сердар Бердымухамедов", "Сердар Гурбангулыевич Бердымухамедов", "С.Г.Бердымухамедов", "С.Бердымухамедов", "Бердымухамедов", "Президент Туркменистана")
person("IRN", "IRN", "Iran", "Иран", "Исламская Республика Иран", "Тегеран", "Tehran")
place("tehran", "IRN", "Tehran", "Тегеран")
place("ashgabat", "TKM", "Ashgabat", "Ашхабад")
person("kremlin", "RUS", "Kremlin", "Кремль", "пресс-служба Кремля")
person("UKR_forces", "UKR", "Ukraine", "Украина", "Armed Forces of Ukraine", "ВСУ", "Вооруженные силы Украины", "украинские беспилотники", "украинская сторона")
person("AZAL", "AZE", "AZAL", "Azerbaijan Airlines", "Азербайджанские авиалинии", "AZAL")
place("aktau", "KAZ", "Aktau", "Актау")
place("grozny", "RUS", "Grozny", "Грозный")
person("alipov", "RUS", "Denis Alipov", "Денис Алипов", "Денис Евгеньевич Алипов", "Алипов", "посол России в Индии")
person("manturov", "RUS", "Denis Manturov", "Денис Мантуров", "Денис Валентинович Мантуров", "Мантуров", "первый вице-премьер России")
place("tianjin", "CHN", "Tianjin", "Тяньцзинь")
person("pasler", "RUS", "Denis Pasler", "Денис Паслер", "Денис Владимирович Паслер", "Паслер", "губернатор Оренбургской области")
person("orenburg_region", "RUS", "Orenburg Oblast", "Оренбургская область", "Оренбургской области", "областные власти", "власти Оренбургской области")
person("kaz_consul_orenburg", "KAZ", "Consul General of Kazakhstan in Orenburg", "генеральный консул Республики Казахстан в Оренбурге", "генеральный консул Казахстана", "генеральным консулом Казахстана", "генеральным консулом Республики Казахстан в Оренбурге", "генконсул Казахстана", "генконсул", "Генеральный консул")
person("aktobe_region", "KAZ", "Aktobe Region", "Актюбинская область", "Актюбинской области", "акимат Актюбинской области")
person("aktobe_akim", "KAZ", "Akim of Aktobe Region", "аким Актюбинской области", "акимом Актюбинской области")
place("orenburg", "RUS", "Orenburg", "Оренбург")
place("aktobe", "KAZ", "Aktobe", "Актобе")
place("ural_river", None, "Ural River", "река Урал", "Урал")
person("faisal", "SAU", "Faisal bin Farhan Al Saud", "Prince Faisal bin Farhan", "Фейсал бен Фархан Аль Сауд", "Фейсал бен Фархан", "Ф.бен Фархан Аль Сауд", "министр иностранных дел Саудовской Аравии")
person("hamas", "PSE", "Hamas", "ХАМАС", "движение ХАМАС", "палестинское движение ХАМАС")
person("mbs", "SAU", "Mohammed bin Salman", "Мухаммед бен Салман", "Мухаммеда бен Салмана", "Мухаммед бен Салман Аль Сауд", "наследный принц Саудовской Аравии")
person("raisi", "IRN", "Ebrahim Raisi", "Эбрахим Раиси", "Раиси", "президент Ирана")
person("trump", "USA", "Donald Trump", "Дональд Трамп", "Трамп", "президент США")
person("al_sharaa", "SYR", "Ahmed al-Sharaa", "Ахмед аш-Шараа", "аш-Шараа", "Ахмед аль-Шараа", "временный президент Сирии")
person("SYR", "SYR", "Syria", "Сирия", "Сирии", "Сирийская Арабская Республика", "Дамаск", "Damascus")
person("petro", "COL", "Gustavo Petro", "Густаво Петро", "Петро", "президент Колумбии")
person("COL", "COL", "Colombia", "Колумбия", "Колумбии", "Богота", "Bogota")
person("erdogan", "TUR", "Recep Tayyip Erdoğan", "Recep Tayyip Erdogan", "Реджеп Тайип Эрдоган", "Эрдоган", "президент Турции")
person("zelensky", "UKR", "Volodymyr Zelensky", "Владимир Зеленский", "Владимиром Зеленским", "Зеленский", "президент Украины")
person("guterres", None, "António Guterres", "Antonio Guterres", "Антониу Гутерриш", "Гутерриш", "Генеральный секретарь ООН", "генсек ООН")
person("orsi", "URY", "Yamandú Orsi", "Yamandu Orsi", "Яманду Орси", "Орси", "президент Уругвая")
person("IND_sides", "IND", "India", "Индия", "Нью-Дели", "New Delhi", "индийская сторона", "индийской стороне")
place("riyadh", "SAU", "Riyadh", "Эр-Рияд")
place("istanbul", "TUR", "Istanbul", "Стамбул")
place("attari", None, "Attari–Wagah", "Аттари – Вагах", "Аттари", "Вагах")
person("nazarbayev", "KAZ", "Nursultan Nazarbayev", "Нурсултан Назарбаев", "Назарбаев", "первый президент Казахстана")
person("pence", "USA", "Mike Pence", "Майк Пенс", "Пенс", "вице-президент США")
person("cavusoglu", "TUR", "Mevlüt Çavuşoğlu", "Mevlut Cavusoglu", "Мевлют Чавушоглу", "Чавушоглу", "министр иностранных дел Турции")
person("NATO", None, "NATO", "НАТО", "Организация Североатлантического договора", "Североатлантический альянс")
person("bouteflika", "DZA", "Abdelaziz Bouteflika", "Абдель Азиз Бутефлика", "Абдельазиз Бутефлика", "Бутефлика", "президент Алжира")
person("dza_protesters", "DZA", "Algerian protesters", "protesters", "участники протестов", "протестующие", "демонстранты")
place("omsk", "RUS", "Omsk", "Омск")
place("washington", "USA", "Washington", "Вашингтон")
place("algiers", "DZA", "Algiers", "Алжир")
person("OTS", None, "Organization of Turkic States", "OTS", "Организация тюркских государств", "Организации тюркских государств", "ОТГ")
person("SCO", None, "Shanghai Cooperation Organisation", "SCO", "Шанхайская организация сотрудничества", "Шанхайской организации сотрудничества", "ШОС")
place("shusha", "AZE", "Shusha", "Шуша")
place("ankara", "TUR", "Ankara", "Анкара")
person("pandor", "ZAF", "Naledi Pandor", "Наледи Пандор", "Пандор", "министр международных отношений и сотрудничества ЮАР", "глава МИД ЮАР")
person("ramaphosa", "ZAF", "Cyril Ramaphosa", "Сирил Рамафоса", "Рамафоса", "президент ЮАР")
person("SWZ", "SWZ", "Eswatini", "Эсватини", "Королевство Эсватини", "Свазиленд")
person("AGO", "AGO", "Angola", "Ангола", "Анголу", "Луанда")
person("ERI", "ERI", "Eritrea", "Эритрея", "Эритрею", "Асмэра")
place("johannesburg", "ZAF", "Johannesburg", "Йоханнесбург")
place("kwazulu", "ZAF", "KwaZulu-Natal", "Квазулу-Натал")
place("spb", "RUS", "Saint Petersburg", "Санкт-Петербург")
place("sochi", "RUS", "Sochi", "Сочи")
person("vieira", "BRA", "Mauro Vieira", "Мауру Виейра", "Мауро Виейра", "Виейра", "министр иностранных дел Бразилии")
person("kirby", "USA", "John Kirby", "Джон Кирби", "Кирби", "Белый дом", "White House", "Совет национальной безопасности США")
person("biden", "USA", "Joe Biden", "Джо Байден", "Байден", "президент США")
person("VEN", "VEN", "Venezuela", "Венесуэла", "Каракас", "Caracas")
person("NIC", "NIC", "Nicaragua", "Никарагуа", "Манагуа")
person("CUB", "CUB", "Cuba", "Куба", "Кубу", "Гавана")
place("caracas", "VEN", "Caracas", "Каракас")
person("fico", "SVK", "Robert Fico", "Роберт Фицо", "Фицо", "премьер-министр Словакии")
person("simecka", "SVK", "Michal Šimečka", "Michal Simecka", "Михал Шимечка", "Шимечка", "Прогрессивная Словакия", "Progressive Slovakia")
person("svk_opposition", "SVK", "Slovak opposition", "Progressive Slovakia", "оппозиция", "Оппозиция", "словацкая оппозиция", "Прогрессивная Словакия")
place("bratislava", "SVK", "Bratislava", "Братислава")
place("brussels", "BEL", "Brussels", "Брюссель")
person("saidov", "UZB", "Bakhtiyor Saidov", "Бахтиёр Саидов", "Саидов", "министр иностранных дел Узбекистана")
person("mohamad_hasan", "MYS", "Mohamad Hasan", "Мохамад Хасан", "министр иностранных дел Малайзии")
place("kualalumpur", "MYS", "Kuala Lumpur", "Куала-Лумпур")
