#!/usr/bin/env python3
"""Generate the multilingual press-dossier acceptance corpus and expected.json files.

Articles and expectations come from the same Python strings, so they match byte for byte.
In Persian (fa) articles the character "~" in the source below stands for ZWNJ (U+200C)
and is replaced before anything is written.

Block types inside an article:
  ("p", text)        body paragraph (the first "p" gets the dateline prefix, if any)
  ("h", text)        subheading
  ("q", text)        quoted passage (body paragraph; <blockquote> in HTML)
  ("j", text, cls)   web junk line (cls is only used for the HTML class name)
  ("s", text)        signature line
"""
import html
import json
import os
import re

ROOT = os.path.dirname(os.path.abspath(__file__))
ZWNJ = "\u200c"
ENDERS = ".!?\u061f\u06d4\u2026"          # . ! ? ؟ ۔ …
CLOSERS = "\u00bb\u201d\"\u2019')]"          # » ” " ’ ' ) ]

A = []  # all articles


def art(folder, name, lang, title, byline, dateline, blocks, **kw):
    d = dict(folder=folder, name=name, lang=lang, title=title, byline=byline,
             dateline=dateline, blocks=blocks)
    d.update(kw)
    A.append(d)


# ---------------------------------------------------------------- f1
art("f1", "ru_kazakhstan_china_transit.txt", "ru",
    "Казахстан и Китай договорились нарастить транзит грузов через Хоргос",
    "Автор: Иван Петров",
    "АСТАНА, 12 марта. /ТАСС/.",
    [
        ("j", "Поделиться: ВКонтакте | Telegram | Одноклассники", "share"),
        ("p", "Казахстан и Китай намерены в ближайшие три года увеличить объем транзитных перевозок через сухой порт Хоргос до 45 млн тонн в год. Об этом сообщил журналистам министр транспорта республики по итогам переговоров с китайской делегацией."),
        ("h", "Новые маршруты"),
        ("p", "По словам министра, стороны обсудили строительство второй железнодорожной линии на участке Достык — Мойынты и модернизацию пограничных переходов. Китайская сторона выразила готовность участвовать в финансировании проекта. Общая стоимость работ оценивается в 1,2 млрд долларов."),
        ("q", "«Мы рассматриваем Транскаспийский международный транспортный маршрут как стратегический приоритет и рассчитываем, что китайские партнеры будут активнее использовать наши порты на Каспии», — подчеркнул министр."),
        ("h", "Торговля растет"),
        ("p", "По данным Бюро национальной статистики, товарооборот между двумя странами по итогам прошлого года превысил 44 млрд долларов. Почти треть этого объема пришлась на поставки нефти, газа и металлов. Казахстанская сторона рассчитывает также увеличить экспорт зерна, мяса и продукции переработки."),
        ("p", "Ранее в Астане неоднократно заявляли, что республика будет и дальше придерживаться многовекторной внешней политики. Развитие транспортной инфраструктуры, по мнению казахстанских властей, отвечает интересам всех соседей страны."),
        ("j", "Читайте также: Казахстан и Китай обсудили строительство нового погранперехода", "read-also"),
        ("j", "Теги: Казахстан, Китай, транзит, Хоргос", "tags"),
        ("j", "© ТАСС, 2025. Все права защищены.", "copyright"),
    ])

art("f1", "en_opec_tengiz.html", "en",
    "Kazakhstan pledges to honour OPEC+ cuts as Tengiz output climbs",
    "By Jane Doe",
    "ASTANA, March 14 (Reuters) -",
    [
        ("j", "Share this article: Facebook | X | LinkedIn | Email", "share-bar"),
        ("p", "Kazakhstan will compensate for overproduction under the OPEC+ agreement by the end of the year, the energy ministry said on Friday, even as output at the giant Tengiz field continued to rise after a $48 billion expansion."),
        ("p", "The ministry said in a statement that the country had produced 1.8 million barrels per day of crude and condensate in February, above its quota of 1.47 million bpd. It added that a detailed compensation schedule had been sent to the OPEC secretariat in Vienna."),
        ("h", "Pressure from partners"),
        ("p", "Analysts say Kazakhstan has repeatedly exceeded its target since 2024. Most of the increase comes from fields operated by international companies, where the government has limited control over daily volumes."),
        ("q", "\"We remain a responsible member of the group and will meet our obligations in full,\" a senior ministry official told reporters in Astana."),
        ("p", "Brent crude futures were trading at $71.20 a barrel on Friday afternoon. Traders said the market was watching whether other producers in the group would follow Kazakhstan in submitting compensation plans. Some analysts doubt that the new schedule will hold if Tengiz keeps growing."),
        ("s", "Reporting by Jane Doe; Editing by Mark Potter"),
        ("j", "Tags: Kazakhstan, OPEC+, oil", "tags"),
        ("j", "Read also: Caspian pipeline exports resume after storm", "read-also"),
    ],
    site="Steppe Business Wire",
    nav=["Home", "World", "Business", "Markets", "Energy"],
    footer=["© 2025 Steppe Business Wire. All rights reserved."])

art("f1", "fa_iran_kazakhstan_transit.md", "fa",
    "گسترش همکاری~های ترانزیتی ایران و قزاقستان در دریای خزر",
    "مریم احمدی",
    "تهران- ایرنا-",
    [
        ("p", "معاون وزیر راه و شهرسازی روز سه~شنبه در دیدار با هیئت قزاقستانی اعلام کرد که حجم ترانزیت کالا میان دو کشور از طریق بنادر شمالی ایران در سال جاری ۲۰ درصد افزایش یافته است."),
        ("h", "کریدور شمال-جنوب"),
        ("p", "وی افزود: بخش مهمی از این رشد به راه~آهن قزاقستان-ترکمنستان-ایران مربوط می~شود که از سال 2014 بهره~برداری شده است. طرفین همچنین درباره ایجاد پایانه~های مشترک در بندر امیرآباد و بندر آکتائو گفت~وگو کردند."),
        ("p", "به گفته این مقام مسئول، تعرفه~های حمل ریلی برای محموله~های غلات قزاقستان تا 15% کاهش می~یابد. این تصمیم با هدف رقابت~پذیری بیشتر مسیر ایران در برابر مسیرهای جایگزین گرفته شده است."),
        ("q", "«ما آماده~ایم ظرفیت~های بندری خود را در اختیار شرکای آسیای مرکزی قرار دهیم و همکاری~های منطقه~ای را در چارچوب سازمان همکاری اقتصادی (ECO) گسترش دهیم.»"),
        ("j", "بیشتر بخوانید: رایزنی وزیران خارجه ایران و قزاقستان درباره امنیت منطقه", "read-also"),
        ("h", "تجارت دوجانبه"),
        ("p", "حجم تجارت ایران و قزاقستان در سال~های 2017-2018 حدود ۵۰۰ میلیون دلار بود، اما کارشناسان معتقدند این رقم با تکمیل زیرساخت~ها می~تواند به دو میلیارد دلار برسد. صادرات ایران به قزاقستان عمدتاً شامل مصالح ساختمانی، میوه و محصولات پتروشیمی است و واردات از این کشور بیشتر به گندم، جو و فلزات اختصاص دارد."),
        ("j", "اشتراک~گذاری: تلگرام | واتساپ | ایکس", "share"),
        ("j", "برچسب~ها: قزاقستان، ترانزیت، دریای خزر", "tags"),
    ],
    date="2025-03-11", md_lang="fa")

art("f1", "ar_kazakh_uzbek_gas.txt", "ar",
    "كازاخستان وأوزبكستان تبحثان إنشاء خط غاز جديد نحو الصين",
    "بقلم: أحمد الخطيب",
    "أستانا (وكالات) -",
    [
        ("j", "شارك هذا الخبر: فيسبوك | تويتر | واتساب", "share"),
        ("p", "بحث وزيرا الطاقة في كازاخستان وأوزبكستان، اليوم الأربعاء، مشروع إنشاء خط أنابيب جديد لنقل الغاز الطبيعي من آسيا الوسطى إلى الصين، في ظل تزايد الطلب الصيني على الطاقة."),
        ("p", "وقال بيان مشترك صادر عن الوزارتين إن الجانبين اتفقا على تشكيل فريق عمل فني لدراسة الجدوى الاقتصادية للمشروع خلال ستة أشهر. وأوضح البيان أن الطاقة الاستيعابية المقترحة للخط تبلغ 25 مليار متر مكعب سنوياً."),
        ("h", "تنسيق إقليمي"),
        ("p", "ويأتي هذا الاجتماع بعد أسابيع من قمة مؤتمر التفاعل وتدابير بناء الثقة في آسيا (CICA) التي استضافتها العاصمة الكازاخستانية. وأكد المشاركون في القمة أهمية أمن الطاقة والربط الإقليمي بين دول المنطقة."),
        ("q", "وقال وزير الطاقة الأوزبكي في تصريحات للصحفيين: \"نحن نعمل مع جيراننا على تنويع طرق التصدير، ولا نريد الاعتماد على مسار واحد فقط\"."),
        ("j", "اقرأ أيضا: تركمانستان تعلن زيادة إنتاج الغاز في حقل غالكينيش", "read-also"),
        ("p", "وتشير بيانات رسمية إلى أن صادرات الغاز من كازاخستان تراجعت بنسبة 15% خلال عام 2024، بسبب ارتفاع الاستهلاك المحلي. هل تستطيع المنطقة تلبية الطلب الصيني المتزايد؟ يرى خبراء أن الإجابة مرتبطة بحجم الاستثمارات الجديدة في الحقول وبسرعة تحديث شبكات النقل القائمة."),
        ("j", "الكلمات المفتاحية: كازاخستان، أوزبكستان، الغاز، الصين", "tags"),
        ("j", "جميع الحقوق محفوظة © 2025", "copyright"),
    ])

# ---------------------------------------------------------------- f2
art("f2", "ur_pakistan_kazakhstan_trade.txt", "ur",
    "پاکستان اور قازقستان کا دوطرفہ تجارت ایک ارب ڈالر تک بڑھانے پر اتفاق",
    "رپورٹ: عمران علی",
    "اسلام آباد (نمائندہ خصوصی)",
    [
        ("p", "پاکستان اور قازقستان نے آئندہ تین برسوں میں دوطرفہ تجارت کا حجم ایک ارب ڈالر تک بڑھانے پر اتفاق کیا ہے۔ یہ فیصلہ وفاقی وزیر تجارت اور قازقستان کے نائب وزیر خارجہ کے درمیان ہونے والی ملاقات میں کیا گیا۔"),
        ("p", "ملاقات میں ریلوے رابطوں، توانائی اور زرعی مصنوعات کی برآمدات پر تفصیلی بات چیت ہوئی۔ دونوں جانب سے بینکاری کے شعبے میں تعاون بڑھانے پر بھی زور دیا گیا۔"),
        ("h", "ٹرانس افغان ریلوے"),
        ("p", "دونوں ممالک نے ازبکستان، افغانستان اور پاکستان ریلوے منصوبے کو وسطی ایشیا تک توسیع دینے کی حمایت کی۔ حکام کے مطابق اس منصوبے سے کراچی اور گوادر کی بندرگاہوں تک رسائی آسان ہو جائے گی۔ قازقستان کو بحیرہ عرب تک مختصر ترین راستہ ملے گا۔"),
        ("q", "قازق نائب وزیر خارجہ نے کہا: \"ہم پاکستان کو جنوبی ایشیا کے لیے ایک اہم تجارتی دروازہ سمجھتے ہیں۔\""),
        ("j", "یہ بھی پڑھیں: وزیراعظم کا دورہ تاشقند، اہم معاہدوں پر دستخط", "read-also"),
        ("p", "سرکاری اعداد و شمار کے مطابق 2024 میں دونوں ممالک کے درمیان تجارت کا حجم صرف 30 کروڑ ڈالر رہا۔ پاکستان قازقستان کو چاول، کینو اور ادویات برآمد کرتا ہے جبکہ وہاں سے گندم اور دھاتیں درآمد کی جاتی ہیں۔ ماہرین کا کہنا ہے کہ CASA-1000 منصوبہ مکمل ہونے کے بعد توانائی کے شعبے میں بھی تعاون بڑھے گا۔"),
        ("j", "شیئر کریں: فیس بک | ٹوئٹر | واٹس ایپ", "share"),
        ("j", "جملہ حقوق محفوظ ہیں © 2025", "copyright"),
    ])

art("f2", "tr_middle_corridor.txt", "tr",
    "Türkiye ile Kazakistan arasında Orta Koridor için yeni anlaşma",
    "Yazan: Mehmet Yılmaz",
    "ANKARA (AA) -",
    [
        ("p", "Türkiye ile Kazakistan, Orta Koridor üzerinden taşınan yük miktarını artırmak amacıyla yeni bir lojistik işbirliği anlaşması imzaladı. Anlaşma, Astana'da düzenlenen hükümetlerarası karma ekonomik komisyon toplantısının ardından imzalandı."),
        ("p", "Ulaştırma ve Altyapı Bakanlığından yapılan açıklamaya göre anlaşma, Aktau ve Kuryk limanları ile Bakü-Tiflis-Kars demiryolu hattı arasında ortak tarife uygulanmasını öngörüyor. Taraflar ayrıca dijital gümrük belgelerinin karşılıklı tanınması konusunda uzlaştı."),
        ("h", "Yük hacmi ikiye katlanacak"),
        ("p", "Yetkililer, Orta Koridor'daki yıllık yük hacminin 2027 yılına kadar 10 milyon tona çıkarılmasının hedeflendiğini belirtti. Geçen yıl bu rakam yaklaşık 4,5 milyon ton olarak gerçekleşmişti. Hazar Denizi'ndeki feribot kapasitesinin artırılması için yeni gemi siparişleri verildi."),
        ("q", "Bakan Yardımcısı, imza töreninde yaptığı konuşmada, \"Orta Koridor artık bir alternatif değil, Asya ile Avrupa arasındaki ana ticaret yollarından biri haline geliyor\" ifadesini kullandı."),
        ("j", "Bunu da okuyun: Kazakistan'dan Türkiye'ye buğday ihracatında rekor", "read-also"),
        ("p", "Türk Devletleri Teşkilatı (TDT) üyeleri, geçen yıl düzenlenen zirvede ulaştırma bağlantılarının güçlendirilmesi çağrısında bulunmuştu. Kazakistan, Türkiye'nin Orta Asya'daki en büyük ticaret ortakları arasında yer alıyor. İki ülke arasındaki ticaret hacminin kısa vadede 10 milyar dolara ulaşması hedefleniyor."),
        ("j", "Etiketler: Kazakistan, Orta Koridor, lojistik", "tags"),
        ("j", "Paylaş: Facebook | X | WhatsApp", "share"),
        ("j", "© 2025 Anadolu Ajansı. Tüm hakları saklıdır.", "copyright"),
    ])

art("f2", "fr_uranium_europe.md", "fr",
    "Le Kazakhstan veut renforcer ses exportations d'uranium vers l'Europe",
    "Claire Martin",
    "ASTANA (AFP) -",
    [
        ("p", "Le Kazakhstan, premier producteur mondial d'uranium, souhaite augmenter ses livraisons vers l'Union européenne en contournant le territoire russe, a indiqué mardi un responsable de la compagnie nationale Kazatomprom."),
        ("p", "Selon lui, près de 40% de la production kazakhe transite encore par le port de Saint-Pétersbourg. Astana étudie désormais une route passant par la mer Caspienne, l'Azerbaïdjan et la Géorgie."),
        ("h", "Une route plus longue mais plus sûre"),
        ("q", "« Nous devons diversifier nos itinéraires pour garantir la fiabilité de nos contrats à long terme », a déclaré ce responsable lors d'une conférence de presse à Astana."),
        ("p", "La France, qui dépend en partie de l'uranium d'Asie centrale pour ses centrales nucléaires, suit de près ces discussions. Le groupe Orano exploite déjà une coentreprise dans le sud du pays. Les prix de l'uranium ont presque doublé depuis 2022."),
        ("j", "Lire aussi : L'Ouzbékistan ouvre son secteur minier aux investisseurs étrangers", "read-also"),
        ("p", "Les experts soulignent toutefois que la route transcaspienne reste coûteuse. Les capacités portuaires d'Aktaou et de Bakou devront être modernisées avant de pouvoir absorber des volumes importants. Le premier convoi d'essai est attendu avant la fin de l'année."),
        ("j", "Partager : Facebook | X | LinkedIn", "share"),
        ("j", "Mots-clés : Kazakhstan, uranium, énergie, Europe", "tags"),
    ],
    date="2025-03-18")

art("f2", "en_grain_middle_east.txt", "en",
    "Central Asian grain exporters eye Middle East markets",
    "By Daniel Brooks",
    "Astana, March 19, 2025 —",
    [
        ("p", "Kazakhstan and Uzbekistan are stepping up efforts to sell wheat and flour to the Middle East as traditional buyers in the region cut imports."),
        ("p", "Officials from both countries met traders in Dubai last week to discuss long-term supply contracts. Kazakhstan's agriculture ministry said it expected grain exports to reach 11 million tonnes this marketing year, up from about 9 million a year earlier."),
        ("h", "Logistics remain a hurdle"),
        ("p", "Shipping grain from the steppe to the Gulf is neither cheap nor simple. Most cargoes travel by rail through Turkmenistan and Iran to the port of Bandar Abbas, a journey that can take up to three weeks. Some exporters also use the Caspian ferry route to Azerbaijan."),
        ("q", "\"If we can cut the transit time by even five days, our wheat becomes competitive in Saudi Arabia and Oman,\" said a senior executive at a Kostanay-based milling company."),
        ("j", "Read also: Kazakhstan extends ban on wheat imports by road", "read-also"),
        ("p", "Analysts at a regional consultancy estimate that freight accounts for nearly 30% of the delivered price. Is a new corridor enough to change that? Many traders doubt it, pointing to chronic wagon shortages at the border crossings."),
        ("s", "Daniel Brooks, Astana bureau"),
        ("j", "Tags: Kazakhstan, Uzbekistan, wheat, exports", "tags"),
        ("j", "© 2025 Central Asia Times. All rights reserved.", "copyright"),
    ])

# ---------------------------------------------------------------- f3
art("f3", "ar_cica_summit.html", "ar",
    "قمة سيكا في أستانا تدعو إلى تعزيز الأمن والتعاون الاقتصادي في آسيا",
    "بقلم: سارة المنصوري",
    "أستانا (رويترز) -",
    [
        ("j", "شارك: فيسبوك | إكس | تيليجرام", "share-bar"),
        ("p", "دعا قادة ورؤساء وفود الدول الأعضاء في مؤتمر التفاعل وتدابير بناء الثقة في آسيا (CICA) إلى تعزيز التعاون في مجالات الأمن والطاقة والنقل، وذلك في ختام أعمال قمتهم التي عقدت في العاصمة الكازاخستانية."),
        ("p", "وأكد البيان الختامي ضرورة حل النزاعات بالوسائل السلمية واحترام سيادة الدول ووحدة أراضيها. كما رحب المشاركون بمبادرة كازاخستان لتحويل المؤتمر إلى منظمة إقليمية متكاملة."),
        ("h", "ممرات النقل والطاقة"),
        ("p", "وناقشت القمة مشاريع الربط بين آسيا الوسطى وموانئ الخليج العربي، إلى جانب الممر الأوسط العابر لبحر قزوين. وأشار وزير الخارجية الكازاخستاني إلى أن حجم الشحنات عبر هذا الممر ارتفع بنسبة 62% خلال عامي 2023-2024."),
        ("q", "\"إن آسيا بحاجة إلى منصة حوار جامعة لا تستثني أحداً، وهذا هو الدور الذي يؤديه المؤتمر منذ تأسيسه\"."),
        ("p", "ويضم المؤتمر 28 دولة عضواً تمثل نحو 90% من مساحة القارة الآسيوية وسكانها. وتأسس المؤتمر بمبادرة من الرئيس الكازاخستاني الأول عام 1992 خلال الدورة السابعة والأربعين للجمعية العامة للأمم المتحدة."),
        ("p", "ومن المقرر أن يعقد الاجتماع المقبل لوزراء خارجية الدول الأعضاء العام المقبل في أذربيجان. ويأمل المنظمون أن يشهد ذلك الاجتماع اعتماد خطة عمل مشتركة في مجالي الأمن الغذائي والطاقة."),
        ("s", "(إعداد سارة المنصوري للنشرة العربية - تحرير خالد يوسف)"),
        ("j", "وسوم: كازاخستان، سيكا، آسيا الوسطى", "tags"),
        ("j", "اقرأ أيضا: كازاخستان تستضيف منتدى أستانا الدولي في مايو", "read-also"),
    ],
    site="آسيا نيوز",
    nav=["الرئيسية", "أخبار العالم", "اقتصاد", "رياضة"],
    footer=["© 2025 جميع الحقوق محفوظة لشبكة آسيا نيوز"])

art("f3", "fa_gas_swap.txt", "fa",
    "سوآپ گاز ترکمنستان و قزاقستان از مسیر ایران افزایش می~یابد",
    "نویسنده: علی رضایی",
    "به گزارش ایرنا،",
    [
        ("p", "مدیرعامل شرکت ملی گاز ایران روز دوشنبه اعلام کرد که حجم سوآپ گاز ترکمنستان از مسیر ایران به جمهوری آذربایجان در سال آینده میلادی دو برابر خواهد شد."),
        ("p", "وی با اشاره به قرارداد امضا شده در سال 2021 گفت: ظرفیت فعلی خطوط لوله شمالی کشور اجازه می~دهد روزانه تا ۱۵ میلیون مترمکعب گاز منتقل شود. به گفته او، مذاکرات با طرف قزاقستانی نیز برای پیوستن به این طرح در جریان است."),
        ("h", "نقش ایران در بازار انرژی منطقه"),
        ("p", "کارشناسان معتقدند ایران می~تواند با بهره~گیری از موقعیت جغرافیایی خود به هاب گازی منطقه تبدیل شود. کشورهای آسیای مرکزی برای دسترسی به بازارهای جهانی به مسیرهای جایگزین نیاز دارند. با این حال تحریم~های بین~المللی همچنان مانع جذب سرمایه~گذاری خارجی در این بخش است."),
        ("q", "«همکاری~های سه~جانبه با ترکمنستان و قزاقستان فرصتی تاریخی برای امنیت انرژی منطقه است.»"),
        ("j", "بیشتر بخوانید: افزایش صادرات برق ایران به کشورهای همسایه", "read-also"),
        ("p", "بر اساس آمار رسمی، صادرات گاز ایران در سال~های اخیر با چالش~هایی روبه~رو بوده و مصرف داخلی در فصل زمستان به بیش از ۸۰۰ میلیون مترمکعب در روز رسیده است. آیا ظرفیت~های موجود برای اجرای این طرح کافی است؟ مقام~های وزارت نفت می~گویند توسعه خطوط انتقال در دستور کار قرار دارد."),
        ("s", "علی رضایی، خبرنگار اقتصادی ایرنا"),
        ("j", "کلیدواژه~ها: گاز، ترکمنستان، قزاقستان، سوآپ", "tags"),
        ("j", "© کلیه حقوق برای خبرگزاری جمهوری اسلامی محفوظ است.", "copyright"),
    ])

art("f3", "ur_casa1000.txt", "ur",
    "وسطی ایشیا سے بجلی کی درآمد، کاسا ہزار منصوبے پر کام تیز کرنے کا فیصلہ",
    "رپورٹ: ثنا ملک",
    "لاہور (ویب ڈیسک)",
    [
        ("j", "شیئر کریں: فیس بک | ٹوئٹر", "share"),
        ("p", "حکومت پاکستان نے وسطی ایشیائی ممالک سے بجلی کی درآمد کے منصوبے CASA-1000 پر کام تیز کرنے کا فیصلہ کیا ہے۔"),
        ("p", "وزارت توانائی کے ایک اعلیٰ عہدیدار نے بتایا کہ منصوبے کے تحت کرغزستان اور تاجکستان سے گرمیوں کے موسم میں 1300 میگاواٹ بجلی حاصل کی جائے گی۔ اس میں سے 1000 میگاواٹ پاکستان اور باقی افغانستان کو ملے گی۔"),
        ("h", "منصوبے کی لاگت"),
        ("p", "عالمی بینک اور دیگر مالیاتی اداروں کے تعاون سے شروع ہونے والے اس منصوبے کی مجموعی لاگت ایک ارب 20 کروڑ ڈالر سے زائد ہے۔ حکام کا کہنا ہے کہ ٹرانسمیشن لائن کا پاکستانی حصہ 2026 تک مکمل کر لیا جائے گا۔"),
        ("q", "عہدیدار نے کہا: \"سستی اور ماحول دوست بجلی ہماری معیشت کے لیے بہت اہم ہے۔\""),
        ("p", "قازقستان نے بھی حال ہی میں جنوبی ایشیا کو بجلی برآمد کرنے میں دلچسپی ظاہر کی ہے۔ ماہرین کا خیال ہے کہ اگر علاقائی سلامتی کی صورتحال بہتر ہو تو وسطی ایشیا پاکستان کی توانائی کی ضروریات کا 15% تک پورا کر سکتا ہے۔ کیا یہ خواب حقیقت بن سکے گا؟ اس کا انحصار بڑی حد تک افغانستان کی صورتحال پر ہے۔"),
        ("j", "مزید پڑھیں: ازبکستان کے ساتھ ریلوے معاہدے پر پیش رفت", "read-also"),
        ("j", "ٹیگز: توانائی، کاسا 1000، وسطی ایشیا", "tags"),
    ])

art("f3", "ru_water_agreement.md", "ru",
    "Казахстан и Узбекистан подписали соглашение о совместном управлении водными ресурсами",
    "Анна Смирнова",
    "АСТАНА, 21 марта —",
    [
        ("p", "Казахстан и Узбекистан подписали межправительственное соглашение о совместном управлении водными ресурсами трансграничных рек, сообщила пресс-служба министерства водных ресурсов и ирригации республики."),
        ("h", "Дефицит воды"),
        ("p", "Документ предусматривает обмен данными о водозаборе в бассейне Сырдарьи в режиме реального времени. Стороны также договорились о совместном финансировании ремонта гидротехнических сооружений. Особое внимание будет уделено подготовке к вегетационному периоду, когда потребность в поливной воде резко возрастает."),
        ("p", "Вопрос водного баланса остается одним из самых острых в Центральной Азии. По оценкам экспертов, к 2030 году дефицит воды в регионе может достичь 15% от текущих потребностей."),
        ("q", "«Без согласованных действий всех стран региона решить проблему маловодья невозможно», — заявил министр водных ресурсов Казахстана."),
        ("j", "Читайте также: В Туркестанской области начали ремонт Кызылкумского канала", "read-also"),
        ("h", "Энергетика и торговля"),
        ("p", "Параллельно стороны обсудили строительство Камбаратинской ГЭС-1 в Кыргызстане, в котором участвуют Казахстан и Узбекистан. Ранее главы трех государств подписали соглашение о совместной реализации проекта. Товарооборот между Казахстаном и Узбекистаном по итогам 2024 года составил около 4,4 млрд долларов."),
        ("p", "Соглашение вступит в силу после ратификации парламентами двух стран. Эксперты ожидают, что первые совместные посты мониторинга появятся на Сырдарье уже этим летом."),
        ("s", "Анна Смирнова, собственный корреспондент по Центральной Азии"),
        ("j", "Поделиться: Telegram | WhatsApp | VK", "share"),
        ("j", "Теги: вода, Сырдарья, Узбекистан", "tags"),
    ],
    date="2025-03-21", md_lang="ru")

# ---------------------------------------------------------------- f4
art("f4", "en_eu_critical_minerals.txt", "en",
    "EU and Central Asia sign pact on critical raw materials",
    "By Laura Evans",
    "SAMARKAND, April 4 (Reuters) -",
    [
        ("p", "The European Union and the five Central Asian states agreed on Friday to deepen cooperation on critical raw materials, as Brussels seeks to reduce its dependence on China for minerals used in batteries and wind turbines."),
        ("p", "The memorandum, signed at the first EU-Central Asia summit in the Uzbek city of Samarkand, covers exploration, processing and recycling. It also foresees joint training programmes for geologists and engineers."),
        ("h", "Billions on the table"),
        ("p", "European officials said the Global Gateway initiative would mobilise about 12 billion euros for transport, energy and digital projects in the region. Kazakhstan holds significant reserves of tungsten, rare earths and lithium, while Uzbekistan is a major producer of copper and gold."),
        ("q", "\"Central Asia is not a backyard for anyone, it is a partner with its own interests,\" a senior EU diplomat told reporters on the sidelines of the summit."),
        ("j", "Read also: Uzbekistan plans first green hydrogen exports by 2030", "read-also"),
        ("p", "Trade between the EU and Central Asia rose to around 54 billion euros last year. Kazakhstan accounts for more than 80% of that total, largely thanks to oil exports through the Caspian Pipeline Consortium (CPC)."),
        ("s", "Reporting by Laura Evans; Additional reporting by Aigerim Sadykova in Almaty; Editing by Tom Hill"),
        ("j", "Share: Facebook | X | LinkedIn | Email", "share"),
        ("j", "Tags: EU, Central Asia, critical minerals, Global Gateway", "tags"),
        ("j", "© 2025 Eurasia Wire. All rights reserved.", "copyright"),
    ])

art("f4", "fr_diplomatie_multivectorielle.txt", "fr",
    "Le Kazakhstan, puissance moyenne en quête d'équilibre",
    "Par Julien Moreau",
    "ASTANA, 7 avril 2025 –",
    [
        ("p", "Coincé entre la Russie et la Chine, le Kazakhstan cherche depuis plusieurs années à diversifier ses partenariats sans froisser ses deux puissants voisins."),
        ("h", "Une diplomatie « multivectorielle »"),
        ("p", "Cette stratégie, baptisée « politique multivectorielle », remonte aux premières années de l'indépendance. Elle consiste à entretenir des relations étroites avec Moscou et Pékin tout en ouvrant le pays aux investisseurs occidentaux, turcs et du Golfe."),
        ("p", "Depuis 2022, cette approche a pris une nouvelle dimension. Astana a refusé de reconnaître l'annexion de territoires ukrainiens, tout en restant membre de l'Union économique eurasiatique. Le pays a aussi accueilli des dizaines de milliers de Russes fuyant la mobilisation."),
        ("q", "« Le Kazakhstan ne veut être ni un satellite ni une zone tampon, il veut être un pont », résume un diplomate européen en poste à Astana."),
        ("j", "Lire aussi : L'Ouzbékistan, nouvel eldorado des investisseurs ?", "read-also"),
        ("h", "Le pétrole, atout et fragilité"),
        ("p", "L'économie kazakhe reste largement dépendante des hydrocarbures, qui représentent plus de la moitié des exportations. Près de 80% du brut exporté passe par l'oléoduc du CPC, qui traverse le territoire russe jusqu'à Novorossiïsk. Que se passerait-il si ce tuyau était fermé ? Les autorités préfèrent ne pas y penser publiquement."),
        ("s", "Julien Moreau, envoyé spécial à Astana"),
        ("j", "Partager sur : Facebook | X | LinkedIn", "share"),
        ("j", "Mots-clés : Kazakhstan, diplomatie, Russie, Chine", "tags"),
        ("j", "© Le Courrier d'Asie centrale 2025 – Tous droits réservés", "copyright"),
    ])

art("f4", "tr_btc_oil.md", "tr",
    "Kazakistan petrolü Bakü-Tiflis-Ceyhan hattıyla taşınmaya devam ediyor",
    "Ayşe Demir",
    "İSTANBUL (AA) -",
    [
        ("p", "Kazakistan'ın Tengiz sahasından çıkarılan ham petrolün Bakü-Tiflis-Ceyhan (BTC) boru hattı üzerinden dünya pazarlarına taşınması artarak sürüyor."),
        ("p", "Enerji piyasası kaynaklarından edinilen bilgiye göre, yılın ilk çeyreğinde BTC hattıyla taşınan Kazak petrolü 400 bin tonu aştı. Petrol, tankerlerle Hazar Denizi'ni geçerek Bakü'ye ulaştırılıyor ve buradan boru hattına aktarılıyor."),
        ("h", "Türkiye'nin enerji merkezi hedefi"),
        ("p", "Uzmanlar, Kazak petrolünün Ceyhan üzerinden ihraç edilmesinin Türkiye'nin bölgesel enerji merkezi olma hedefine katkı sağladığını vurguluyor. Kazakistan ise Rusya üzerinden geçen Hazar Boru Hattı Konsorsiyumu'na (CPC) bağımlılığını azaltmak istiyor."),
        ("q", "Enerji uzmanı Kerem Aksoy, \"Hazar geçişli taşımacılık pahalı olsa da Kazakistan için stratejik bir sigorta işlevi görüyor\" değerlendirmesinde bulundu."),
        ("p", "Hazar geçişinde kullanılan tanker filosunun genişletilmesi için Azerbaycan ve Kazakistan ortak bir çalışma yürütüyor. Yeni tankerlerin 2026 yılında hizmete girmesi bekleniyor. Bu sayede Hazar üzerinden taşınan petrol miktarının önümüzdeki yıllarda önemli ölçüde artması öngörülüyor."),
        ("j", "Bunu da okuyun: Azerbaycan ile Kazakistan arasında yeni tanker anlaşması", "read-also"),
        ("p", "Kazakistan, 2024 yılında yaklaşık 88 milyon ton petrol üretmişti. Ülke, OPEC+ kapsamındaki üretim kısıntılarına uyum konusunda da eleştirilerle karşı karşıya bulunuyor. Astana yönetimi, fazla üretimi yıl sonuna kadar telafi edeceğini açıklamıştı."),
        ("j", "Etiketler: Kazakistan, BTC, petrol, enerji", "tags"),
        ("j", "Paylaş: Facebook | X | Telegram", "share"),
    ],
    date="2025-04-10")

art("f4", "fa_sco_meeting.txt", "fa",
    "دیدار وزیران خارجه ایران و قزاقستان در حاشیه نشست شانگهای",
    "نویسنده: سارا محمدی",
    "تهران- ایرنا-",
    [
        ("p", "وزیر امور خارجه کشورمان در دیدار با همتای قزاقستانی خود در حاشیه نشست شورای وزیران خارجه سازمان همکاری شانگهای (SCO) بر ضرورت گسترش همکاری~های اقتصادی و ترانزیتی دو کشور تأکید کرد."),
        ("p", "دو طرف در این دیدار درباره آخرین وضعیت روابط دوجانبه، اجرای توافق~های کمیسیون مشترک اقتصادی و تحولات منطقه~ای گفت~وگو کردند. وزیر خارجه قزاقستان نیز از آمادگی کشورش برای افزایش صادرات غلات به ایران خبر داد."),
        ("j", "اشتراک~گذاری: تلگرام | واتساپ | ایکس", "share"),
        ("h", "همکاری در نهادهای چندجانبه"),
        ("p", "ایران که از سال 2023 به عضویت کامل سازمان همکاری شانگهای درآمده، خواستار هماهنگی بیشتر با کشورهای آسیای مرکزی در نهادهای چندجانبه است. قزاقستان نیز اگرچه دعوت برای عضویت در BRICS را نپذیرفته، اما همکاری با این گروه را ادامه می~دهد و در نشست~های آن به عنوان مهمان شرکت می~کند."),
        ("q", "«تهران و آستانه می~توانند با تکیه بر ظرفیت~های یکدیگر، حلقه اتصال شمال و جنوب اوراسیا باشند.»"),
        ("p", "حجم مبادلات تجاری دو کشور در سال گذشته حدود 15% افزایش یافت. کارشناسان بر این باورند که رفع موانع بانکی و گمرکی می~تواند این رقم را طی دو سال آینده دو برابر کند."),
        ("j", "بیشتر بخوانید: تأکید ایران بر توسعه روابط با کشورهای حاشیه خزر", "read-also"),
        ("j", "برچسب~ها: ایران، قزاقستان، شانگهای", "tags"),
    ])

# ---------------------------------------------------------------- f5
art("f5", "ru_opec_compensation.html", "ru",
    "Казахстан сократит добычу нефти в рамках соглашения ОПЕК+",
    "Автор: Дмитрий Козлов",
    "АСТАНА, 3 апреля. /ТАСС/.",
    [
        ("j", "Поделиться: ВКонтакте | Telegram | WhatsApp", "share-bar"),
        ("p", "Казахстан намерен компенсировать перепроизводство нефти в рамках соглашения ОПЕК+ до конца июня 2026 года. Об этом сообщили в министерстве энергетики республики."),
        ("h", "График компенсации"),
        ("p", "Согласно обновленному графику, страна будет ежемесячно сокращать добычу в среднем на 130 тысяч баррелей в сутки. В министерстве отметили, что основная часть сокращений придется на месторождения, которые разрабатывает национальная компания «КазМунайГаз»."),
        ("p", "При этом крупнейшие проекты с участием иностранных инвесторов, включая Тенгиз и Кашаган, продолжают наращивать добычу. Эксперты указывают, что это затрудняет выполнение обязательств республики перед партнерами по альянсу. Операторы этих проектов работают по долгосрочным соглашениям о разделе продукции."),
        ("q", "«Казахстан остается ответственным участником соглашения и полностью выполнит взятые на себя обязательства», — говорится в сообщении ведомства."),
        ("h", "Реакция рынка"),
        ("p", "Цены на нефть марки Brent после публикации заявления выросли на 0,8% и превысили 74 доллара за баррель. Аналитики полагают, что рынок ждет от Астаны конкретных шагов, а не новых обещаний. Следующее заседание мониторингового комитета альянса запланировано на начало мая. Участники рынка ожидают, что Казахстан представит на нем отчет о выполнении графика."),
        ("s", "Дмитрий Козлов, корреспондент ТАСС в Астане"),
        ("j", "Читайте также: Добыча нефти на Кашагане достигла рекордного уровня", "read-also"),
        ("j", "Теги: ОПЕК+, нефть, Казахстан", "tags"),
    ],
    site="ТАСС",
    nav=["Главная", "Политика", "Экономика", "Общество"],
    footer=["© 2025 ТАСС. Все права защищены."])

art("f5", "ar_uae_kazakhstan_cepa.md", "ar",
    "الإمارات وكازاخستان توقعان اتفاقية شراكة اقتصادية شاملة",
    "محمد العلي",
    "أبوظبي (وام) -",
    [
        ("p", "وقعت دولة الإمارات العربية المتحدة وجمهورية كازاخستان اتفاقية شراكة اقتصادية شاملة تهدف إلى مضاعفة حجم التجارة غير النفطية بين البلدين خلال السنوات الخمس المقبلة."),
        ("p", "وجرى توقيع الاتفاقية خلال زيارة رسمية يقوم بها رئيس كازاخستان إلى أبوظبي، بحضور عدد من الوزراء وكبار المسؤولين من الجانبين."),
        ("h", "أرقام التجارة"),
        ("p", "وبلغ حجم التجارة غير النفطية بين البلدين نحو 3.4 مليار دولار في عام 2024، بزيادة قدرها 15% مقارنة بالعام السابق. وتعد الإمارات من أكبر المستثمرين العرب في كازاخستان، لا سيما في قطاعات الطاقة المتجددة والخدمات اللوجستية والزراعة."),
        ("p", "وتشمل الاتفاقية خفض الرسوم الجمركية على معظم السلع وتسهيل حركة الاستثمارات وتعزيز التعاون في مجال التجارة الرقمية. كما تتضمن بنوداً خاصة بالأمن الغذائي وسلاسل الإمداد."),
        ("q", "وقال وزير الدولة للتجارة الخارجية: \"تمثل هذه الاتفاقية محطة مهمة في علاقاتنا مع آسيا الوسطى، وتفتح آفاقاً جديدة أمام القطاع الخاص في البلدين\"."),
        ("j", "اقرأ أيضا: كازاخستان تطلق أكبر محطة لطاقة الرياح في آسيا الوسطى", "read-also"),
        ("h", "مشاريع الطاقة"),
        ("p", "وتنفذ شركات إماراتية مشاريع لطاقة الرياح في كازاخستان بقدرة إجمالية تتجاوز 1 غيغاواط. ويرى محللون أن الاتفاقية ستعزز موقع أستانا في خريطة الممرات التجارية بين الخليج وأوروبا، خاصة مع تنسيق البلدين داخل تحالف OPEC+ في سوق النفط."),
        ("s", "محمد العلي - أبوظبي"),
        ("j", "شارك: فيسبوك | إكس | واتساب", "share"),
        ("j", "جميع الحقوق محفوظة © 2025", "copyright"),
    ],
    date="2025-04-15")

art("f5", "ur_trans_afghan_railway.txt", "ur",
    "ازبکستان، افغانستان اور پاکستان ریلوے منصوبے کے فریم ورک معاہدے پر دستخط",
    "رپورٹ: احمد رضا",
    "کابل (اے پی پی)",
    [
        ("p", "ازبکستان، افغانستان اور پاکستان نے ٹرانس افغان ریلوے منصوبے کے فریم ورک معاہدے پر دستخط کر دیے ہیں۔ معاہدے کی تقریب کابل میں منعقد ہوئی جس میں تینوں ممالک کے وزرائے خارجہ نے شرکت کی۔"),
        ("p", "منصوبے کے تحت ترمذ سے مزار شریف اور کابل کے راستے پشاور تک تقریباً 650 کلومیٹر طویل ریلوے لائن بچھائی جائے گی۔ حکام کا کہنا ہے کہ ابتدائی سروے کا کام آئندہ چند ماہ میں شروع ہو جائے گا۔"),
        ("h", "قازقستان کی دلچسپی"),
        ("p", "قازقستان نے بھی اس منصوبے میں شمولیت کی خواہش ظاہر کی ہے۔ قازق حکام کا کہنا ہے کہ اس راستے سے ان کی گندم اور دھاتیں کم وقت میں پاکستانی بندرگاہوں تک پہنچ سکیں گی۔"),
        ("q", "پاکستانی وزیر خارجہ نے تقریب سے خطاب کرتے ہوئے کہا: \"یہ ریلوے لائن پورے خطے کی تقدیر بدل دے گی۔\""),
        ("j", "یہ بھی پڑھیں: گوادر بندرگاہ سے وسطی ایشیا کے لیے پہلا تجارتی قافلہ روانہ", "read-also"),
        ("p", "ماہرین کے مطابق منصوبے کی لاگت تقریباً 4.8 ارب ڈالر ہے۔ اس کی تکمیل کے بعد سالانہ 15 ملین ٹن تک سامان کی ترسیل ممکن ہو گی۔ تاہم سیکیورٹی خدشات اور مالی وسائل کی کمی اب بھی بڑے چیلنج ہیں۔"),
        ("j", "ٹیگز: ریلوے، افغانستان، ازبکستان، قازقستان", "tags"),
        ("j", "جملہ حقوق محفوظ ہیں © 2025", "copyright"),
    ])

art("f5", "fa_central_asia_exports.txt", "fa",
    "سهم ایران از بازار آسیای مرکزی؛ فرصت~ها و چالش~ها",
    "نویسنده: رضا کریمی",
    "تهران- ایرنا-",
    [
        ("p", "رئیس سازمان توسعه تجارت ایران در نشست خبری امروز اعلام کرد که صادرات غیرنفتی کشور به پنج کشور آسیای مرکزی در سال ۱۴۰۳ به بیش از دو میلیارد دلار رسیده است."),
        ("p", "وی گفت: ازبکستان، ترکمنستان و قزاقستان بزرگ~ترین مقصدهای کالاهای ایرانی در منطقه هستند و سهم محصولات کشاورزی، مصالح ساختمانی و لوازم خانگی در این صادرات رو به افزایش است."),
        ("h", "موانع پیش روی صادرکنندگان"),
        ("p", "به گفته این مقام مسئول، نبود خطوط کشتیرانی منظم در دریای خزر، مشکلات نقل~وانتقال پول و رقابت کالاهای چینی و ترکیه~ای از مهم~ترین موانع پیش روی تاجران ایرانی است. سازمان توسعه تجارت برای رفع این مشکلات برنامه~ای سه~ساله تدوین کرده است."),
        ("q", "«اگر زیرساخت~های لجستیکی تکمیل شود، سهم ایران از بازار منطقه می~تواند تا سال 2030 دو برابر شود.»"),
        ("j", "بیشتر بخوانید: گشایش نمایشگاه اختصاصی کالاهای ایرانی در تاشکند", "read-also"),
        ("p", "عضویت ایران در اتحادیه اقتصادی اوراسیا (EAEU) به عنوان عضو ناظر و اجرای موافقت~نامه تجارت آزاد با این اتحادیه نیز فرصت~های تازه~ای برای صادرکنندگان فراهم کرده است. کارشناسان تأکید می~کنند که بخش خصوصی باید نقش پررنگ~تری در این بازارها ایفا کند."),
        ("s", "رضا کریمی، خبرنگار گروه اقتصادی"),
        ("j", "برچسب~ها: آسیای مرکزی، صادرات، تجارت", "tags"),
        ("j", "© ۱۴۰۴ کلیه حقوق برای خبرگزاری جمهوری اسلامی محفوظ است", "copyright"),
    ])

# ---------------------------------------------------------------- f6
art("f6", "en_saudi_renewables.txt", "en",
    "Saudi developer targets Kazakh renewables in $2 billion push",
    "By Sarah Collins",
    "RIYADH, April 22 (Reuters) -",
    [
        ("p", "A Saudi state-backed developer plans to invest up to $2 billion in wind and solar projects in Kazakhstan over the next five years, officials from both countries said on Tuesday."),
        ("p", "The agreement was signed during a visit by a Kazakh government delegation to Riyadh. It includes a 1 gigawatt wind farm in the Zhambyl region and a battery storage facility near Almaty."),
        ("h", "A new Gulf partner"),
        ("p", "Gulf investors have become increasingly active in Central Asia, where governments are trying to modernise ageing Soviet-era power grids. Kazakhstan wants renewables to account for 15% of its electricity output by 2030."),
        ("p", "The Saudi deputy energy minister, speaking in Arabic at the ceremony, described the deal as part of a long-term strategy."),
        ("q", "«إن شراكتنا مع كازاخستان ليست صفقة عابرة، بل هي جزء من رؤية طويلة الأمد لتنويع استثماراتنا في آسيا الوسطى. نحن نؤمن بمستقبل الطاقة النظيفة في هذه المنطقة.»"),
        ("j", "Read also: Kazakhstan and Saudi Arabia launch direct flights between Almaty and Jeddah", "read-also"),
        ("p", "Kazakh officials said construction could begin next year once land and grid connection permits are finalised. Is the grid ready for so much intermittent power? Engineers at the national grid operator KEGOC say new transmission lines will be needed."),
        ("s", "Reporting by Sarah Collins; Editing by Tom Hill"),
        ("j", "Share: Facebook | X | LinkedIn", "share"),
        ("j", "Tags: Saudi Arabia, Kazakhstan, renewables", "tags"),
    ])

art("f6", "ru_us_middle_corridor.txt", "ru",
    "В Вашингтоне заявили о поддержке Транскаспийского маршрута",
    "Автор: Ольга Васильева",
    "АСТАНА, 24 апреля —",
    [
        ("p", "Представители администрации США на встрече с казахстанской делегацией выразили поддержку развитию Транскаспийского международного транспортного маршрута, известного также как Средний коридор."),
        ("p", "Как сообщил МИД Казахстана, стороны обсудили инвестиции в порты Актау и Курык, а также поставки критически важных минералов. Американская сторона подтвердила интерес к совместной разработке месторождений вольфрама. Американские компании уже участвуют в ряде крупных проектов в Казахстане, прежде всего в нефтегазовом секторе."),
        ("q", "Заместитель госсекретаря написал в социальной сети X: «We see the Middle Corridor as a vital link between Europe and Asia», подчеркнув, что Вашингтон готов содействовать привлечению частного капитала."),
        ("h", "Конкуренция маршрутов"),
        ("p", "Эксперты отмечают, что интерес Запада к Среднему коридору заметно вырос после 2022 года. По итогам прошлого года объем перевозок по маршруту увеличился на 62% и достиг 4,5 млн тонн. Тем не менее пропускная способность каспийских портов пока остается ограниченной."),
        ("j", "Читайте также: Актау и Баку договорились о совместном контейнерном хабе", "read-also"),
        ("p", "Казахстан рассчитывает к 2030 году довести объем перевозок по Транскаспийскому маршруту до 10 млн тонн. Для этого планируется построить новые паромы и контейнерные хабы на побережье Каспия."),
        ("s", "Ольга Васильева, Астана"),
        ("j", "Теги: Средний коридор, США, Казахстан", "tags"),
        ("j", "© 2025 Международное информационное агентство. Все права защищены.", "copyright"),
    ])

art("f6", "ur_rogun_dam.md", "ur",
    "تاجکستان اور ازبکستان کے درمیان روگون ڈیم پر مفاہمت",
    "فاطمہ خان",
    "دوشنبے (ویب ڈیسک)",
    [
        ("p", "تاجکستان اور ازبکستان نے روگون پن بجلی منصوبے سے پیدا ہونے والی بجلی کی خرید و فروخت کے لیے مفاہمتی یادداشت پر دستخط کر دیے ہیں۔ دستخطوں کی تقریب دوشنبے میں منعقد ہوئی جس میں دونوں ممالک کے توانائی کے وزرا نے شرکت کی۔"),
        ("p", "معاہدے کے تحت ازبکستان گرمیوں کے مہینوں میں تاجکستان سے اضافی بجلی خریدے گا۔ اس کے بدلے سردیوں میں ازبکستان تاجکستان کو گیس اور بجلی فراہم کرے گا۔"),
        ("h", "پانی کی تقسیم کا مسئلہ"),
        ("p", "ماضی میں ازبکستان روگون ڈیم کی تعمیر کی سخت مخالفت کرتا رہا ہے کیونکہ اسے آمو دریا کے پانی میں کمی کا خدشہ تھا۔ تاہم 2016 کے بعد دونوں ممالک کے تعلقات میں نمایاں بہتری آئی ہے۔"),
        ("q", "تاجک وزیر توانائی نے کہا: \"ہم پانی کو تنازع کا نہیں بلکہ تعاون کا ذریعہ بنانا چاہتے ہیں۔\""),
        ("j", "یہ بھی پڑھیں: کرغزستان میں کمبرآتا ڈیم کی تعمیر کا آغاز", "read-also"),
        ("p", "روگون ڈیم مکمل ہونے کے بعد دنیا کا بلند ترین ڈیم ہو گا جس کی اونچائی 335 میٹر ہے۔ منصوبے کی مجموعی پیداواری صلاحیت 3600 میگاواٹ ہے۔ اس سے پاکستان اور افغانستان کو بھی CASA-1000 کے ذریعے بجلی فراہم کی جا سکے گی۔"),
        ("j", "شیئر کریں: فیس بک | ٹوئٹر | واٹس ایپ", "share"),
    ],
    date="2025-04-25")

art("f6", "ar_egypt_kazakh_wheat.txt", "ar",
    "مصر تدرس استيراد القمح الكازاخستاني عبر ممر جديد",
    "بقلم: ليلى حسن",
    "القاهرة (أ ش أ) -",
    [
        ("p", "أعلنت وزارة التموين المصرية أنها تدرس استيراد شحنات من القمح الكازاخستاني عبر ممر نقل جديد يمر بإيران والخليج العربي، في إطار خطة لتنويع مصادر إمدادات الحبوب."),
        ("p", "وأوضح مصدر بالوزارة أن الجانبين بحثا إمكانية توريد ما يصل إلى 500 ألف طن خلال الموسم المقبل. وأشار إلى أن الأسعار المعروضة تنافسية مقارنة بالقمح القادم من منطقة البحر الأسود."),
        ("h", "بدائل البحر الأسود"),
        ("p", "وتعد مصر من أكبر مستوردي القمح في العالم، إذ تستورد نحو 12 مليون طن سنوياً. وقد دفعت التوترات في منطقة البحر الأسود خلال الفترة 2022-2023 القاهرة إلى البحث عن موردين جدد في آسيا الوسطى وأمريكا الجنوبية."),
        ("p", "وكانت كازاخستان قد صدرت أولى شحناتها التجريبية من القمح إلى دول الخليج العام الماضي عبر الأراضي التركمانية والإيرانية."),
        ("q", "وقال سفير كازاخستان لدى القاهرة في تصريح صحفي: \"القمح الكازاخستاني يتميز بجودته العالية ونسبة البروتين المرتفعة، ونحن مستعدون لتلبية احتياجات السوق المصرية\"."),
        ("j", "اقرأ أيضا: روسيا تحافظ على صدارة مصدري القمح إلى مصر", "read-also"),
        ("p", "ويرى خبراء أن تكلفة النقل تظل العائق الأكبر أمام هذه الصفقة. فهل تنجح الممرات الجديدة في خفض هذه التكلفة؟ يعتمد ذلك على تطوير الموانئ الإيرانية وتوفير عربات السكك الحديدية الكافية."),
        ("j", "الكلمات المفتاحية: مصر، كازاخستان، القمح", "tags"),
        ("j", "جميع الحقوق محفوظة © 2025", "copyright"),
    ])


# ---------------------------------------------------------------- helpers
def zw(a):
    """Replace the '~' placeholder by a real ZWNJ in every string of a fa article."""
    if a["lang"] != "fa":
        return a
    f = lambda s: s.replace("~", ZWNJ) if isinstance(s, str) else s
    a = dict(a)
    for k in ("title", "byline", "dateline"):
        a[k] = f(a[k])
    a["blocks"] = [tuple(f(x) for x in b) for b in a["blocks"]]
    return a


def split_sentences(p):
    """Split after . ! ? ؟ ۔ … (plus closing quotes/brackets) when followed by whitespace or end."""
    out, start, i, n = [], 0, 0, len(p)
    while i < n:
        if p[i] in ENDERS:
            j = i + 1
            while j < n and p[j] in ENDERS:
                j += 1
            while j < n and p[j] in CLOSERS:
                j += 1
            if j == n or p[j].isspace():
                s = p[start:j].strip()
                if s:
                    out.append(s)
                while j < n and p[j].isspace():
                    j += 1
                start = i = j
                continue
        i += 1
    tail = p[start:].strip()
    if tail:
        out.append(tail)
    return out


def paragraphs(a):
    """Body paragraphs as they appear in the file (dateline prefixed to the first one)."""
    res, first = [], True
    for b in a["blocks"]:
        if b[0] in ("p", "q"):
            t = b[1]
            if first and a["dateline"]:
                t = a["dateline"] + " " + t
            res.append((b[0], t, b[1]))
            first = False
    return res


def render_txt(a):
    parts = [a["title"]]
    if a["byline"]:
        parts.append(a["byline"])
    first = True
    for b in a["blocks"]:
        if b[0] in ("p", "q"):
            t = b[1]
            if first and a["dateline"]:
                t = a["dateline"] + " " + t
            first = False
            parts.append(t)
        else:
            parts.append(b[1])
    return "\n\n".join(parts) + "\n"


def render_md(a):
    fm = ["---",
          "title: " + json.dumps(a["title"], ensure_ascii=False),
          "author: " + json.dumps(a["byline"], ensure_ascii=False),
          "date: " + a["date"]]
    if a.get("md_lang"):
        fm.append("lang: " + a["md_lang"])
    fm.append("---")
    parts = []
    first = True
    for b in a["blocks"]:
        if b[0] in ("p", "q"):
            t = b[1]
            if first and a["dateline"]:
                t = a["dateline"] + " " + t
            first = False
            parts.append(t)
        elif b[0] == "h":
            parts.append("## " + b[1])
        else:
            parts.append(b[1])
    return "\n".join(fm) + "\n\n" + "\n\n".join(parts) + "\n"


def esc(s):
    e = html.escape(s, quote=False)
    assert e == s, s
    return s


def render_html(a):
    rtl = a["lang"] in ("ar", "fa", "ur")
    L = ["<!DOCTYPE html>",
         '<html lang="%s"%s>' % (a["lang"], ' dir="rtl"' if rtl else ""),
         "<head>",
         '<meta charset="utf-8">',
         "<title>%s | %s</title>" % (esc(a["title"]), esc(a["site"])),
         "<script>window.dataLayer = window.dataLayer || [];</script>",
         "</head>",
         "<body>",
         '<header class="site-header">',
         '<nav class="main-nav">',
         "<ul>"]
    for i, item in enumerate(a["nav"]):
        L.append('<li><a href="/section/%d">%s</a></li>' % (i, esc(item)))
    L += ["</ul>", "</nav>", "</header>", "<main>", "<article>",
          "<h1>%s</h1>" % esc(a["title"])]
    if a["byline"]:
        L.append('<p class="byline">%s</p>' % esc(a["byline"]))
    first = True
    for b in a["blocks"]:
        if b[0] == "p":
            t = b[1]
            if first and a["dateline"]:
                t = a["dateline"] + " " + t
            first = False
            L.append("<p>%s</p>" % esc(t))
        elif b[0] == "q":
            t = b[1]
            if first and a["dateline"]:
                t = a["dateline"] + " " + t
            first = False
            L.append("<blockquote><p>%s</p></blockquote>" % esc(t))
        elif b[0] == "h":
            L.append("<h2>%s</h2>" % esc(b[1]))
        elif b[0] == "s":
            L.append('<p class="signature">%s</p>' % esc(b[1]))
        elif b[0] == "j":
            if b[2] == "read-also":
                L.append('<aside class="read-also"><a href="/news/related">%s</a></aside>' % esc(b[1]))
            else:
                L.append('<div class="%s">%s</div>' % (b[2], esc(b[1])))
    L += ["</article>", "</main>", '<footer class="site-footer">']
    for f in a["footer"]:
        L.append("<p>%s</p>" % esc(f))
    L += ["</footer>", "</body>", "</html>"]
    return "\n".join(L) + "\n"


def expected(a):
    body = []
    for _, t, raw in paragraphs(a):
        body += split_sentences(raw)      # dateline prefix excluded
    junk = []
    if a["name"].endswith(".html"):
        junk += a["nav"]
    junk += [b[1] for b in a["blocks"] if b[0] == "j"]
    if a["name"].endswith(".html"):
        junk += a["footer"]
    sig = [b[1] for b in a["blocks"] if b[0] == "s"]
    zc = sum(s.count(ZWNJ) for s in body) if a["lang"] in ("fa", "ur") else 0
    return {
        "language": a["lang"],
        "title": a["title"],
        "byline": a["byline"],
        "dateline": a["dateline"],
        "headings": [b[1] for b in a["blocks"] if b[0] == "h"],
        "signature": sig[0] if sig else None,
        "body_sentences": body,
        "junk_lines": junk,
        "zwnj_count": zc,
    }


def main():
    folders = {}
    for raw in A:
        a = zw(raw)
        d = os.path.join(ROOT, a["folder"])
        os.makedirs(d, exist_ok=True)
        ext = a["name"].rsplit(".", 1)[1]
        text = {"txt": render_txt, "md": render_md, "html": render_html}[ext](a)
        with open(os.path.join(d, a["name"]), "w", encoding="utf-8", newline="\n") as fh:
            fh.write(text)
        folders.setdefault(a["folder"], {})[a["name"]] = expected(a)
    for f, arts in sorted(folders.items()):
        with open(os.path.join(ROOT, f, "expected.json"), "w", encoding="utf-8", newline="\n") as fh:
            json.dump({"articles": arts}, fh, ensure_ascii=False, indent=2)
            fh.write("\n")


if __name__ == "__main__":
    main()
