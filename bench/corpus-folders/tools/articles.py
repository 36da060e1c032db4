# -*- coding: utf-8 -*-
"""Article texts for corpus15. Each paragraph is a list of sentences; paragraphs are
joined with a single space between sentences. 'sub' = subheading inserted before the
paragraph with that index (docx/md only)."""

A = {}

A['A1'] = dict(lang='en', title="Turkmenistan and Azerbaijan revive talks on Trans-Caspian gas link",
  author="Daniel Whitmore", dt="2025-02-10 08:45:00",
  url="https://www.caspianmonitor.net/energy/2025/02/10/turkmenistan-azerbaijan-trans-caspian-talks",
  domain="caspianmonitor.net",
  desc="Technical talks resume on a subsea pipeline that would carry Turkmen gas to Europe.",
  paras=[
   ["BAKU, Feb 10 (CEM) – Energy officials from Turkmenistan and Azerbaijan met in Baku on Monday to resume technical talks on a long-delayed pipeline under the Caspian Sea.",
    "The two delegations agreed to set up a joint working group that will report on route options and financing by the end of June."],
   ["The proposed Trans-Caspian Gas Pipeline would carry up to 30 billion cubic metres of Turkmen gas a year to the Azerbaijani coast, where it could join the Southern Gas Corridor.",
    "European buyers have shown renewed interest in the project since 2022, but the cost of the subsea section remains a sticking point."],
   ["A senior Azerbaijani official said the first phase could be limited to a smaller interconnector between offshore fields on either side of the median line.",
    "Such a link would require far less capital and could be built within four years, according to consultants cited by the ministry."],
   ["Russia and Iran have in the past objected to subsea pipelines on environmental grounds, although the 2018 Convention on the Legal Status of the Caspian Sea allows littoral states to lay cables and pipelines with the consent of the parties whose sectors they cross.",
    "Analysts in Baku expect the working group's report to be discussed at the next Caspian energy forum in the autumn."]])

A['A2'] = dict(lang='ru', title="Туркмения нарастила экспорт газа в Китай на фоне переговоров с Европой",
  author="Ольга Северина", dt="2025-02-12 14:20:00",
  url="https://ru.centrasia-news.org/economy/20250212/turkmenia-gaz-kitai.html",
  domain="ru.centrasia-news.org",
  desc="Поставки по газопроводу Центральная Азия — Китай выросли почти на восемь процентов.",
  paras=[
   ["Ашхабад, 12 февраля — Туркмения в 2024 году увеличила поставки природного газа в Китай почти на восемь процентов, сообщили в государственном концерне «Туркменгаз».",
    "По данным концерна, по газопроводу Центральная Азия — Китай было прокачано около 35 миллиардов кубометров."],
   ["Рост экспорта обеспечен в основном за счет месторождения Галкыныш, где в прошлом году ввели в эксплуатацию новые скважины.",
    "Строительство четвертой нитки газопровода, линии D, по-прежнему откладывается из-за разногласий о стоимости транзита через Таджикистан и Киргизию."],
   ["Одновременно Ашхабад продолжает консультации с европейскими компаниями о возможных поставках через Каспийское море.",
    "Эксперты отмечают, что туркменская сторона стремится диверсифицировать маршруты, не ставя под угрозу отношения с крупнейшим покупателем."],
   ["В концерне заявили, что план добычи на 2025 год предусматривает дальнейший рост на три-четыре процента.",
    "Окончательные показатели будут представлены на заседании правительства в конце марта."]])

A['A3'] = dict(lang='tr', title="Türkiye, Hazar gazını Avrupa'ya taşımak için yeni güzergâh arıyor",
  author=None, dt="2025-02-14 11:05:00",
  url="https://www.haberturkistan.com.tr/ekonomi/turkiye-hazar-gazi-yeni-guzergah-20250214",
  domain="haberturkistan.com.tr",
  desc="Ankara, Türkmen gazı için Azerbaycan ve Türkmenistan ile üçlü görüşmeleri hızlandırdı.",
  paras=[
   ["ANKARA (AA) – Türkiye, Türkmen doğal gazının Hazar Denizi üzerinden Avrupa'ya ulaştırılması için Azerbaycan ve Türkmenistan ile üçlü görüşmeleri hızlandırdı.",
    "Enerji ve Tabii Kaynaklar Bakanlığı yetkilileri, teknik heyetlerin mart ayında Aşkabat'ta bir araya geleceğini açıkladı."],
   ["Yetkililere göre ilk aşamada yılda 10 ila 15 milyar metreküp gazın taşınması hedefleniyor.",
    "Bu miktarın bir kısmının Türkiye'nin iç tüketiminde kullanılması, kalanının ise TANAP ve TAP hatları üzerinden Avrupa'ya aktarılması planlanıyor."],
   ["Uzmanlar, projenin hayata geçmesi için Avrupa Birliği'nin uzun vadeli alım taahhüdü vermesi gerektiğini vurguluyor.",
    "Ankara'daki enerji analistleri, deniz altı boru hattı yerine sıkıştırılmış doğal gaz taşımacılığının da masada olduğunu belirtiyor."],
   ["Görüşmelerin sonuçlarının yaz aylarında yapılacak üçlü zirvede değerlendirilmesi bekleniyor."]])

A['A4'] = dict(lang='en', title="Kazakhstan weighs Caspian oil export options as CPC disruptions persist",
  author="Amira Tulegenova", dt="2025-02-18 09:00:00", url=None,
  sub={2: "Tankers across the sea"},
  paras=[
   ["ASTANA, Feb 18 (CEM) – Kazakhstan is studying ways to ship more crude across the Caspian Sea after repeated disruptions at the Caspian Pipeline Consortium terminal near Novorossiysk.",
    "The CPC route handles roughly four-fifths of the country's oil exports, leaving producers exposed to any outage on the Black Sea coast."],
   ["Officials in Astana said the state oil company KazMunayGas had signed preliminary agreements to raise volumes sent by tanker from the port of Aktau to Baku.",
    "From there, the crude would enter the Baku–Tbilisi–Ceyhan pipeline for delivery to the Mediterranean."],
   ["The Caspian tanker fleet is small, and shipowners say new vessels would be needed to move more than a few million tonnes a year.",
    "Shallow water in the northern Caspian also limits the size of ships that can be used during the winter months."],
   ["Despite the obstacles, industry executives described the plan as a necessary insurance policy.",
    "A decision on new tanker orders is expected before the end of the year."]])

A['A5'] = dict(lang='ru', title="Россия и Казахстан обсудили экологию Северного Каспия",
  author=None, dt=None, url=None,
  paras=[
   ["Москва, 3 марта — Министерства природных ресурсов России и Казахстана провели в Москве консультации по сохранению экосистемы Северного Каспия.",
    "Стороны обсудили снижение уровня моря и его влияние на нерестилища осетровых рыб."],
   ["По данным казахстанских ученых, за последние пять лет уровень Каспийского моря опустился более чем на полтора метра.",
    "Наиболее заметно обмеление в северной части акватории, где глубины и без того не превышают нескольких метров."],
   ["Российская сторона предложила создать совместную систему мониторинга на базе научных судов двух стран.",
    "Казахстанские участники поддержали идею и предложили подключить к ней Азербайджан, Иран и Туркменистан."],
   ["Итоговый протокол консультаций будет направлен в правительства обеих стран.",
    "Следующая встреча экспертов запланирована на осень в Атырау."]])

A['A6'] = dict(lang='en', title="Why the Caspian's shrinking shoreline worries energy planners",
  author="Leyla Hasanova", dt="2025-03-05 00:00:00",
  url="https://www.bakuenergyreview.az/analysis/caspian-shoreline-energy",
  sub={2: "Offshore infrastructure"},
  paras=[
   ["The Caspian Sea is retreating faster than most forecasts predicted, and the consequences are reaching well beyond fisheries.",
    "Ports, offshore platforms and pipeline landfalls built for a higher waterline now face costly adjustments."],
   ["At Aktau, dredging crews have been working since last summer to keep the approach channel open for tankers and ferries.",
    "Port officials estimate that maintaining the current depth will cost several million dollars a year."],
   ["Operators of older platforms in the northern Caspian have begun to review the stability of their foundations as the water around them becomes shallower.",
    "Some engineers argue that the retreat may eventually make artificial islands cheaper to maintain, not more expensive."],
   ["Climate scientists attribute most of the decline to higher evaporation and reduced inflow from the Volga.",
    "Without a coordinated regional response, they warn, the shoreline could move tens of kilometres in the shallow north by mid-century."]])

# ---------------- f2
A['A7'] = dict(lang='en', title="Central Asian leaders agree to expand water-sharing talks at Dushanbe meeting",
  author="Nodira Karimova", dt="2025-05-08 17:30:00",
  url="https://www.steppeherald.kz/en/politics/central-asia-water-talks-dushanbe", domain="steppeherald.kz",
  desc="Foreign ministers agree to exchange daily river flow data and meet every quarter.",
  paras=[
   ["DUSHANBE, May 8 – The foreign ministers of the five Central Asian states agreed on Thursday to widen their talks on sharing the waters of the Amu Darya and Syr Darya rivers.",
    "The decision came at a consultative meeting in the Tajik capital that also covered trade, transport and border security."],
   ["Upstream Tajikistan and Kyrgyzstan want to expand hydropower production, while downstream Uzbekistan, Kazakhstan and Turkmenistan depend on the same rivers to irrigate cotton and wheat.",
    "Disputes over summer releases from reservoirs have strained relations in several dry years."],
   ["Under the new arrangement, national water agencies will exchange daily flow data and meet every quarter instead of once a year.",
    "Diplomats said the change was meant to prevent small disagreements from escalating into political crises."],
   ["The ministers also discussed Afghanistan's Qosh Tepa canal, which is expected to divert a significant share of the Amu Darya once completed.",
    "A joint statement called for dialogue with the authorities in Kabul on the canal's impact downstream."],
   ["The next consultative meeting of Central Asian leaders is scheduled to take place in Tashkent later this year.",
    "Officials said preparations for the Tashkent meeting would begin in the summer."]])

A['A8'] = dict(lang='fa', title="ایران و ازبکستان بر گسترش همکاری‌های ترانزیتی تأکید کردند",
  author="مریم احمدی", dt="2025-05-11 12:00:00",
  url="https://www.tehraneconomicdaily.ir/fa/news/48213/iran-uzbekistan-transit", domain="tehraneconomicdaily.ir",
  desc="دو کشور هدف رساندن تجارت دوجانبه به دو میلیارد دلار را تعیین کردند.",
  paras=[
   ["تهران – وزیران امور خارجه ایران و ازبکستان روز شنبه در تهران درباره گسترش همکاری‌های ترانزیتی و تجاری گفت‌وگو کردند.",
    "دو طرف بر لزوم افزایش حجم کالاهای عبوری از مسیر ترکمنستان به بنادر جنوبی ایران تأکید کردند."],
   ["به گفته مقامات ایرانی، حجم تجارت دوجانبه در سال گذشته از یک میلیارد دلار فراتر رفته است.",
    "هدف تعیین‌شده برای سه سال آینده، رساندن این رقم به دو میلیارد دلار است."],
   ["ازبکستان به عنوان کشوری محصور در خشکی، دسترسی به بندر چابهار را برای صادرات خود به جنوب آسیا اهمیت زیادی می‌داند.",
    "کارشناسان می‌گویند تکمیل خط آهن رشت–آستارا می‌تواند هزینه حمل کالا را به طور محسوسی کاهش دهد."],
   ["قرار است کمیسیون مشترک اقتصادی دو کشور در پاییز امسال در تاشکند تشکیل شود.",
    "در این نشست، یادداشت‌های تفاهم در زمینه حمل‌ونقل، کشاورزی و گردشگری بررسی خواهد شد."]])

A['A9'] = dict(lang='fa', title="نشست مشورتی آسیای مرکزی و چالش‌های امنیتی افغانستان",
  author="رضا نوری", dt="2025-05-13 15:00:00", url=None,
  sub={2: "نقش ایران"},
  paras=[
   ["تهران – نشست مشورتی رهبران آسیای مرکزی بار دیگر نشان داد که تحولات افغانستان در صدر نگرانی‌های امنیتی منطقه قرار دارد.",
    "دیپلمات‌های حاضر در این نشست بر ضرورت هماهنگی بیشتر در مرزهای جنوبی تأکید کردند."],
   ["تاجیکستان که طولانی‌ترین مرز را با افغانستان دارد، خواستار تقویت همکاری‌های اطلاعاتی میان کشورهای منطقه شد.",
    "ازبکستان و ترکمنستان در مقابل بر ادامه تعامل اقتصادی با کابل و اجرای طرح‌های ترانزیتی تأکید دارند."],
   ["ایران نیز با دقت تحولات این نشست را دنبال می‌کند، زیرا بخش مهمی از تجارت ترانزیتی آسیای مرکزی از خاک این کشور عبور می‌کند.",
    "مقامات تهران معتقدند ثبات در افغانستان پیش‌شرط توسعه کریدورهای شمال–جنوب است."],
   ["تحلیلگران پیش‌بینی می‌کنند موضوع امنیت مرزها در دستور کار نشست آینده تاشکند نیز قرار گیرد.",
    "با این حال، هنوز سازوکار مشخصی برای اقدام مشترک تعیین نشده است."]])

A['A10'] = dict(lang='en', title="Uzbekistan pitches Trans-Afghan railway to Central Asian neighbours at Tashkent forum",
  author="James Aldridge", dt="2025-05-14T10:30:00+05:00", human="14 May 2025, 10:30",
  url="https://www.eurasialedger.com/central-asia/2025/05/14/uzbekistan-trans-afghan-railway-forum/",
  desc="Tashkent presents updated cost estimate for a line linking Termez with Pakistani ports.",
  paras=[
   ["TASHKENT – Uzbekistan used a regional transport forum on Wednesday to lobby its neighbours for support of a railway that would link Central Asia to Pakistani seaports through Afghanistan.",
    "Officials presented an updated cost estimate and a timetable that foresees construction starting next year."],
   ["The 760-kilometre line would run from Termez through Mazar-i-Sharif and Kabul to the Pakistani border town of Torkham.",
    "Uzbek planners say it could cut delivery times for goods bound for South Asia from about a month to less than a week."],
   ["Kazakhstan and Turkmenistan expressed interest in feeding cargo into the corridor, but delegates noted that financing has yet to be secured.",
    "International lenders have so far been reluctant to commit funds while security in Afghanistan remains uncertain."],
   ["Uzbek officials said they were in talks with Gulf investors and with development banks in Asia.",
    "The forum's final communique described the railway as a strategic priority for the whole region."]])

A['A11'] = dict(lang='ru', title="Астана и Бишкек договорились об упрощении пограничного контроля",
  author="Айгерим Сапарова", dt="2025-05-13T16:00:00+05:00", human="13 мая 2025, 16:00",
  url="https://kz.stepnoy-vestnik.kz/politika/2025/05/13/astana-bishkek-granica",
  desc="Грузовики будут проходить досмотр один раз на четырех пунктах пропуска.",
  paras=[
   ["Астана, 13 мая — Казахстан и Киргизия подписали соглашение об упрощении пограничного и таможенного контроля на четырех пунктах пропуска.",
    "Документ был подписан по итогам заседания межправительственного совета двух стран."],
   ["Согласно соглашению, грузовые автомобили будут проходить досмотр один раз, совместными бригадами пограничников и таможенников.",
    "Стороны рассчитывают сократить время ожидания на границе с нескольких часов до тридцати минут."],
   ["Представители бизнеса давно жаловались на очереди на пунктах пропуска Кордай и Ак-Тилек, особенно в летний сезон.",
    "По оценкам отраслевых ассоциаций, простои на границе ежегодно обходятся перевозчикам в десятки миллионов долларов."],
   ["Новый порядок начнет действовать в тестовом режиме с 1 июля.",
    "Если эксперимент окажется успешным, его распространят на все пункты пропуска между двумя странами."]])

# ---------------- f3
A['A12'] = dict(lang='ar', title="قمة إقليمية في عشق آباد تبحث ربط آسيا الوسطى بموانئ الخليج",
  author="سامي الحداد", dt="2025-06-03T09:15:00+03:00",
  url="https://www.alkhaleej-eurasia.net/politics/2025/06/03/ashgabat-summit-ports",
  paras=[
   ["عشق آباد – انطلقت اليوم الثلاثاء في عاصمة تركمانستان أعمال قمة منظمة التعاون الاقتصادي بمشاركة قادة ووزراء من عشر دول.",
    "ويتصدر جدول الأعمال ملف ربط دول آسيا الوسطى بموانئ الخليج العربي عبر شبكات السكك الحديدية والطرق البرية."],
   ["وقال مسؤولون تركمان إن بلادهم مستعدة لتوسيع قدرات ميناء تركمانباشي على بحر قزوين لاستيعاب حجم أكبر من البضائع.",
    "وتأمل الدول المشاركة في خفض تكاليف النقل التي تعد من بين الأعلى في العالم بسبب بعد المنطقة عن البحار المفتوحة."],
   ["ومن المنتظر أن يناقش القادة أيضا إنشاء صندوق مشترك لتمويل مشاريع البنية التحتية.",
    "وأشار دبلوماسيون إلى أن الخلافات حول حصص المساهمة في الصندوق لم تحسم بعد."],
   ["ويختتم القادة أعمال القمة غدا الأربعاء بإصدار بيان ختامي.",
    "ويتوقع مراقبون أن يتضمن البيان التزامات محددة بشأن تسهيل عبور الشاحنات بين الدول الأعضاء."]])

A['A13'] = dict(lang='tr', title="Aşkabat zirvesinde ulaştırma koridorları masada",
  author="Mehmet Yıldırım", dt="2025-06-03T14:40:00+03:00",
  url="https://www.haberturkistan.com.tr/dunya/askabat-zirvesi-ulastirma-koridorlari-20250603",
  paras=[
   ["AŞKABAT (AA) – Ekonomik İşbirliği Teşkilatı zirvesi, Türkmenistan'ın başkenti Aşkabat'ta üye ülkelerin liderlerinin katılımıyla başladı.",
    "Zirvede öncelikli gündem maddesinin bölgesel ulaştırma koridorlarının geliştirilmesi olduğu bildirildi."],
   ["Türk heyeti, Orta Koridor üzerinden taşınan yük miktarının son iki yılda belirgin şekilde arttığına dikkati çekti.",
    "Heyet, Bakü-Tiflis-Kars demiryolunun kapasitesinin artırılması için yürütülen çalışmalar hakkında da bilgi verdi."],
   ["Zirve kapsamında Türkiye ile Türkmenistan arasında ikili görüşmeler de gerçekleştirildi.",
    "Görüşmelerde enerji, inşaat ve tekstil alanlarındaki işbirliği olanakları ele alındı."],
   ["Liderlerin zirvenin sonunda ortak bildiri yayımlaması bekleniyor."]])

A['A14'] = dict(lang='en', title="ECO summit ends with pledge to cut border waiting times",
  author="Sarah Lindqvist", dt="2025-06-04T18:05:00+03:00",
  url="https://www.caspianmonitor.net/politics/2025/06/04/eco-summit-ends-border-pledge",
  paras=[
   ["ASHGABAT, June 4 (CEM) – Leaders at the Economic Cooperation Organization summit pledged on Wednesday to halve waiting times at border crossings between member states within three years.",
    "The commitment was the centrepiece of a final declaration adopted after two days of talks."],
   ["Truck drivers on routes between Central Asia, Iran and Turkey often spend several days at crossings because of duplicated inspections and paperwork.",
    "The declaration calls for electronic transit documents and mutual recognition of customs checks."],
   ["Several delegations pushed for a stronger commitment on a joint infrastructure fund, but the final text only asked experts to prepare proposals.",
    "Diplomats said differences over how much each country should contribute could not be bridged in Ashgabat."],
   ["The host country presented the summit as evidence of its growing role in regional diplomacy.",
    "The next ECO summit is due to be held in two years' time."]])

A['A15'] = dict(lang='ar', title="قادة منظمة التعاون الاقتصادي يتبنون إعلان عشق آباد",
  author="ليلى منصور", dt="2025-06-04T21:10:00+03:00", human="4 يونيو 2025",
  url="https://www.alkhaleej-eurasia.net/politics/2025/06/04/ashgabat-declaration",
  desc="القمة تختتم أعمالها بالتزامات لتبسيط إجراءات العبور وتوحيد المستندات الجمركية.",
  paras=[
   ["عشق آباد – اختتمت قمة منظمة التعاون الاقتصادي أعمالها مساء الأربعاء بتبني إعلان عشق آباد الذي يركز على التجارة والنقل والطاقة.",
    "وأكد الإعلان التزام الدول الأعضاء بتبسيط إجراءات العبور وتوحيد المستندات الجمركية."],
   ["ودعا القادة إلى تسريع العمل على ممر السكك الحديدية الذي يربط كازاخستان وتركمانستان وإيران بموانئ الخليج.",
    "كما رحبوا بمبادرة لإنشاء منصة رقمية مشتركة لتتبع الشحنات العابرة."],
   ["وفي ملف الطاقة، اتفقت الدول الأعضاء على دراسة إمكانية إنشاء سوق إقليمية للكهرباء.",
    "ويرى خبراء أن مثل هذه السوق قد تساعد دول آسيا الوسطى على الاستفادة من فائض الطاقة الكهرومائية في فصل الصيف."],
   ["وسلمت تركمانستان رئاسة المنظمة إلى الدولة المضيفة للقمة المقبلة في ختام الجلسة.",
    "ومن المقرر أن تعقد القمة القادمة بعد عامين في إحدى دول المنطقة."]])

A['A16'] = dict(lang='tr', title="Aşkabat zirvesinin ardından: Hazar geçişli ticaret için yeni dönem",
  author="Ayşe Demirtaş", dt="2025-06-05 00:00:00", url=None,
  sub={2: "Feribot kapasitesi"},
  paras=[
   ["İSTANBUL – Aşkabat'ta düzenlenen Ekonomik İşbirliği Teşkilatı zirvesi, Hazar Denizi üzerinden yapılan ticaretin geleceğine ilişkin önemli mesajlarla sona erdi.",
    "Zirvede kabul edilen bildiri, gümrük işlemlerinin sadeleştirilmesini ve sınır kapılarında bekleme sürelerinin kısaltılmasını öngörüyor."],
   ["Lojistik sektörü temsilcileri, kararların uygulanması halinde Türk nakliyecilerinin Orta Asya'ya daha kısa sürede ulaşabileceğini belirtiyor.",
    "Şu anda bir tırın İstanbul'dan Almatı'ya ulaşması, sınır geçişlerindeki beklemeler nedeniyle iki haftayı bulabiliyor."],
   ["Hazar'ı geçen feribot hatlarının kapasitesi ise hâlâ en büyük darboğaz olarak görülüyor.",
    "Türkmenbaşı ve Aktau limanlarına yapılan yatırımların önümüzdeki yıllarda bu sorunu hafifletmesi bekleniyor."],
   ["Uzmanlar, bildirinin somut bir eylem planıyla desteklenmesi gerektiğini vurguluyor.",
    "Aksi halde zirve kararlarının önceki toplantılarda olduğu gibi kağıt üzerinde kalabileceği uyarısında bulunuyorlar."]])

A['A17'] = dict(lang='ar', title="تركمانستان تعرض موانئها على شركاء منظمة التعاون الاقتصادي",
  author="خالد العمري", dt="2025-06-02 10:00:00", url=None,
  sub={2: "منافسة إقليمية"},
  paras=[
   ["عشق آباد – عرضت تركمانستان على الدول الأعضاء في منظمة التعاون الاقتصادي استخدام ميناء تركمانباشي كمركز إقليمي للشحن، وذلك قبل يوم واحد من انطلاق القمة.",
    "وقال مسؤولون في وزارة النقل إن طاقة الميناء الاستيعابية تضاعفت منذ توسيعه."],
   ["ويقع الميناء على الساحل الشرقي لبحر قزوين، ويرتبط بشبكة السكك الحديدية التي تصل إلى الحدود الإيرانية والأفغانية.",
    "وتسعى الحكومة التركمانية إلى جذب جزء من البضائع المتجهة من الصين إلى أوروبا عبر الممر الأوسط."],
   ["غير أن الموانئ المنافسة في كازاخستان وأذربيجان تستثمر بدورها مبالغ كبيرة في توسيع أرصفتها.",
    "ويرى محللون أن المنافسة بين هذه الموانئ قد تؤدي إلى خفض رسوم الشحن لصالح المصدرين."],
   ["ومن المتوقع أن يعلن عن اتفاقيات تعاون جديدة في مجال النقل على هامش القمة.",
    "ولم تكشف السلطات التركمانية عن تفاصيل هذه الاتفاقيات حتى الآن."]])

# ---------------- f4
A['A18'] = dict(lang='ru', title="«Казмортрансфлот» увеличит число рейсов между Актау и Баку",
  author="Дмитрий Ковалев", dt="2025-04-17 10:45:00",
  url="https://ru.centrasia-news.org/transport/20250417/kmtf-aktau-baku.html",
  markup={(2, 0): ("800 TEU", "<strong>800 TEU</strong>")},
  paras=[
   ["Актау, 17 апреля — Национальная морская судоходная компания «Казмортрансфлот» объявила о запуске дополнительных контейнерных рейсов между портами Актау и Баку.",
    "Первое судно на новой линии отправится в начале мая."],
   ["По словам представителей компании, спрос на перевозки по Транскаспийскому международному транспортному маршруту за последний год вырос более чем на треть.",
    "Основной поток составляют контейнеры из Китая, следующие в Турцию и страны Европейского союза."],
   ["Для обслуживания новых рейсов компания арендовала два контейнеровоза вместимостью по 800 TEU каждый.",
    "Кроме того, в порту Актау завершается строительство контейнерного хаба, который позволит ускорить перевалку грузов."],
   ["Эксперты считают, что главным ограничением для роста остается нехватка судов на Каспии.",
    "Строительство новых паромов на верфях региона займет не менее двух-трех лет."]])

A['A19'] = dict(lang='tr', title="Orta Koridor'da yük taşımacılığı rekor kırdı",
  author="Elif Kaya", dt="2025-04-22 16:20:00",
  url="https://www.haberturkistan.com.tr/ekonomi/orta-koridor-rekor-20250422",
  markup={(2, 0): ("Bakü-Tiflis-Kars demiryolu hattında", '<a href="https://www.haberturkistan.com.tr/etiket/btk">Bakü-Tiflis-Kars demiryolu</a> hattında')},
  paras=[
   ["ANKARA (AA) – Çin'den Avrupa'ya uzanan Orta Koridor üzerinden taşınan yük miktarı, yılın ilk çeyreğinde rekor seviyeye ulaştı.",
    "Ulaştırma ve Altyapı Bakanlığı verilerine göre koridor üzerinden taşınan yük, geçen yılın aynı dönemine göre yüzde 40 arttı."],
   ["Artışta Kızıldeniz'deki güvenlik sorunları nedeniyle deniz yolu taşımacılığının aksaması etkili oldu.",
    "Birçok lojistik şirketi, Süveyş Kanalı yerine Hazar Denizi ve Kafkasya üzerinden giden kara ve demiryolu güzergâhını tercih etmeye başladı."],
   ["Bakü-Tiflis-Kars demiryolu hattında sefer sayısı artırılırken, Kars'taki lojistik merkezinin kapasitesi de genişletiliyor.",
    "Yetkililer, hattın yıllık taşıma kapasitesinin 2026 yılına kadar 5 milyon tona çıkarılmasının hedeflendiğini açıkladı."],
   ["Sektör temsilcileri ise gümrük süreçlerinin dijitalleştirilmesinin koridorun rekabet gücü için kritik olduğunu vurguluyor.",
    "Temsilciler, tek pencere sisteminin tüm geçiş ülkelerinde uygulanması çağrısında bulundu."]])

A['A20'] = dict(lang='en', title="Georgia's Black Sea ports race to keep up with Middle Corridor traffic",
  author="Thomas Brennan", dt="2025-04-25 07:00:00",
  url="https://www.eurasialedger.com/business/2025/04/25/georgia-ports-middle-corridor/", domain="eurasialedger.com",
  desc="Queues build at Poti and Batumi as rail cargo from the Caspian surges.",
  paras=[
   ["TBILISI – Georgia's ports at Poti and Batumi are struggling to absorb a surge of cargo arriving by rail from the Caspian coast.",
    "Freight forwarders report queues of several days for containers waiting to be loaded onto ships bound for Romania and Bulgaria."],
   ["The government has revived plans for a deep-water port at Anaklia, which would be able to handle far larger vessels than the existing terminals.",
    "A new tender for the project is expected to be launched in the coming months."],
   ["Meanwhile, operators at Poti say they have added cranes and extended working hours to reduce delays.",
    "They argue that the bottleneck is not only in the ports but also on the single-track sections of the railway across the mountains."],
   ["Logistics companies warn that without faster investment, some of the new traffic could shift back to longer sea routes.",
    "For now, demand on the corridor shows no sign of slowing."]])

A['A21'] = dict(lang='en', title="Caspian ferry shortage threatens Middle Corridor growth, logistics group warns",
  author="Priya Raman", dt="2025-04-28T08:00:00+04:00", human="28 April 2025",
  url="https://www.caspianmonitor.net/transport/2025/04/28/caspian-ferry-shortage-middle-corridor",
  desc="Waiting times for rail wagons at Kazakh ports have doubled, a regional association says.",
  paras=[
   ["BAKU, April 28 (CEM) – A shortage of ferries on the Caspian Sea is emerging as the biggest obstacle to further growth of the Middle Corridor, a regional logistics association said on Monday.",
    "In a report presented in Baku, the group said waiting times for rail wagons at Kazakh ports had doubled since last year."],
   ["Only around two dozen vessels capable of carrying rail cars and trucks operate regularly between the eastern and western shores of the sea.",
    "Many of them were built in Soviet times and spend long periods in repair."],
   ["The association called on governments to offer guarantees that would help shipping companies finance new ferries.",
    "It also urged port authorities to coordinate schedules so that trains arrive when vessels are ready to sail."],
   ["Shipyards in Baku and on the Volga have orders for several new ferries, but the first are not expected before 2027.",
    "Until then, the report said, operators will have to make better use of the existing fleet."]])

A['A22'] = dict(lang='ar', title="ممر النقل الدولي عبر بحر قزوين يجذب اهتمام المستثمرين الخليجيين",
  author="نورة الشمري", dt="2025-04-30T11:00:00+04:00", human="30 أبريل 2025",
  url="https://www.alkhaleej-eurasia.net/economy/2025/04/30/middle-corridor-gulf-investors",
  desc="صناديق استثمار خليجية تبحث الاستحواذ على حصص في موانئ بحر قزوين.",
  paras=[
   ["أبوظبي – تتزايد اهتمامات المستثمرين الخليجيين بمشاريع النقل والخدمات اللوجستية على طول الممر الأوسط الذي يربط الصين بأوروبا عبر آسيا الوسطى وبحر قزوين.",
    "وتشمل هذه المشاريع موانئ ومحطات للحاويات ومراكز لوجستية في كازاخستان وأذربيجان وجورجيا."],
   ["وقال مصرفيون في المنطقة إن صناديق استثمار خليجية تجري محادثات للاستحواذ على حصص في شركات تشغيل الموانئ على ساحل بحر قزوين.",
    "ويأتي ذلك في ظل سعي دول الخليج إلى تنويع استثماراتها الخارجية بعيدا عن قطاع الطاقة."],
   ["ويرى محللون أن الموقع الجغرافي للممر يمنح المستثمرين فرصة للاستفادة من نمو التجارة بين آسيا وأوروبا.",
    "لكنهم يحذرون من أن ضعف البنية التحتية وتعقيد الإجراءات الجمركية ما زالا يشكلان عائقا أمام تحقيق عوائد سريعة."],
   ["ومن المتوقع الإعلان عن صفقات جديدة خلال منتدى الاستثمار المقرر عقده في باكو في الخريف.",
    "ولم تعلق الجهات الحكومية المعنية على هذه التقارير حتى الآن."]])

A['A23'] = dict(lang='fa', title="بندر انزلی در مسیر کریدور شمال–جنوب نقش پررنگ‌تری می‌یابد",
  author="علی رضایی", dt="2025-05-02T09:30:00+03:30", human="۱۲ اردیبهشت ۱۴۰۴ - ۰۹:۳۰",
  url="https://www.tehraneconomicdaily.ir/fa/news/47760/anzali-north-south-corridor",
  desc="حجم کالاهای ترانزیتی در بندر انزلی افزایش چشمگیری یافته است.",
  paras=[
   ["رشت – مقامات بندری ایران از افزایش چشمگیر حجم کالاهای ترانزیتی در بندر انزلی طی سال گذشته خبر دادند.",
    "به گفته مدیرکل بنادر و دریانوردی استان گیلان، بخش عمده این محموله‌ها از روسیه و قزاقستان وارد شده است."],
   ["بندر انزلی یکی از حلقه‌های اصلی کریدور بین‌المللی حمل‌ونقل شمال–جنوب به شمار می‌رود.",
    "این کریدور روسیه را از طریق دریای خزر و خاک ایران به بنادر خلیج فارس و اقیانوس هند متصل می‌کند."],
   ["برای افزایش ظرفیت بندر، لایروبی کانال ورودی و ساخت اسکله‌های جدید در دستور کار قرار گرفته است.",
    "کاهش سطح آب دریای خزر در سال‌های اخیر تردد کشتی‌های بزرگ‌تر را با مشکل مواجه کرده است."],
   ["کارشناسان معتقدند تکمیل راه‌آهن رشت–آستارا می‌تواند جایگاه بنادر شمالی ایران را در این کریدور تقویت کند.",
    "پیش‌بینی می‌شود عملیات اجرایی این پروژه تا پایان سال آینده آغاز شود."]])

A['A24'] = dict(lang='tr', title="Hazar'da yeni feribot hattı için imzalar atıldı",
  author=None, dt="2025-05-06 00:00:00", url=None,
  paras=[
   ["ANKARA (AA) – Türkiye, Azerbaycan ve Kazakistan, Hazar Denizi'nde yeni bir feribot hattı kurulmasına ilişkin mutabakat zaptı imzaladı.",
    "Hattın Aktau ile Alat limanları arasında düzenli sefer yapması planlanıyor."],
   ["İmza töreninde konuşan yetkililer, yeni hattın Orta Koridor'daki taşıma kapasitesini önemli ölçüde artıracağını söyledi.",
    "Projenin finansmanında üç ülkenin kamu ve özel sektör kuruluşlarının birlikte yer alması öngörülüyor."],
   ["Hatta ilk etapta iki feribotun hizmet vermesi, 2027 yılında ise filonun dört gemiye çıkarılması hedefleniyor.",
    "Gemilerin hem demiryolu vagonlarını hem de tırları taşıyabilecek şekilde tasarlanacağı bildirildi."],
   ["Lojistik şirketleri, yeni hattın Hazar geçişindeki bekleme sürelerini yarı yarıya azaltabileceğini tahmin ediyor.",
    "Taraflar, projenin teknik ayrıntılarını belirlemek üzere haziran ayında yeniden bir araya gelecek."]])


def para_texts(a):
    return [" ".join(p) for p in a['paras']]


def picks(a):
    """beginning (2nd sentence of 1st paragraph, avoids the dateline), middle, last."""
    ps = a['paras']
    mid = len(ps) // 2
    return [ps[0][1], ps[mid][0], ps[-1][-1]]
