# -*- coding: utf-8 -*-
"""Article texts for corpus16 (all invented for this corpus). paras = list of paragraphs,
each a list of sentences joined by one space. picks(): beginning = 2nd sentence of the 1st
paragraph, middle = 1st sentence of paragraph len//2, last = last sentence of last paragraph."""
A = {}

# ------------------------------------------------------------------ h1 Black Sea ports & grain
A['R1'] = dict(lang='ru', title='Новороссийский порт нарастил перевалку зерна в феврале',
  author='Игорь Ланской', dt='14.03.2025 09:15', date='2025-03-14',
  url='https://portnews-yug.ru/news/2025/03/14/novorossiysk-zerno-fevral/',
  paras=[
   ['Новороссийск, 14 марта — Перевалка зерна через порт Новороссийск в феврале выросла на 11 процентов по сравнению с январем.',
    'Об этом сообщили в пресс-службе "Новороссийского морского торгового порта"; основной объем пришелся на пшеницу нового урожая.'],
   ['По данным администрации морских портов Черного моря, за месяц было отгружено около 2,4 миллиона тонн зерновых.',
    'Крупнейшими покупателями остаются Египет, Турция и Иран.'],
   ['Эксперты связывают рост с мягкой погодой и отсутствием штормовых простоев, которые в январе задержали десятки судов на рейде.',
    'Вместе с тем стоимость фрахта для балкеров класса «супрамакс» за месяц почти не изменилась.'],
   ['В марте порт рассчитывает сохранить темпы отгрузки; ожидается, что на рейд встанут еще 40 судов.',
    'Итоги первого квартала будут подведены в середине апреля.']])

A['R2'] = dict(lang='ru', title='В Азовском море возобновили навигацию после ледовой паузы',
  author=None, dt='17.03.2025 16:40', date='2025-03-17',
  url='https://portnews-yug.ru/news/2025/03/17/azov-navigaciya/',
  paras=[
   ['Ростов-на-Дону, 17 марта — Ограничения на проход судов в Азовском море сняты после почти трехнедельной паузы.',
    'Капитан морского порта Ростов-на-Дону отменил требование о ледокольной проводке для судов без ледового класса.'],
   ['В феврале из-за ледовой обстановки в портах Азовского моря скопилось более 60 судов, ожидавших выхода.',
    'Наибольшие задержки отмечались на подходах к Таганрогу и Ейску.'],
   ['Судовладельцы оценивают потери от простоя в несколько сотен тысяч долларов в сутки.',
    'По словам представителей отрасли, часть контрактов на поставку зерна пришлось перенести на апрель.'],
   ['Синоптики не исключают кратковременного похолодания в конце марта.',
    'Тем не менее в администрации порта считают, что повторного закрытия навигации не потребуется.']])

A['E1'] = dict(lang='en', title='Black Sea freight rates ease as insurers cut war-risk premiums',
  author='Helen Marsh', published='2025-03-01T08:30:00Z', date='2025-03-01',
  url='https://www.maritimeledger.co.uk/markets/black-sea-freight-rates-ease-war-risk-premiums',
  desc='Lower additional premiums are feeding through to grain charter rates out of Black Sea ports.',
  paras=[
   ['LONDON — Freight rates for grain cargoes loading in the Black Sea fell for a third consecutive week as Lloyd\'s market underwriters trimmed additional war-risk premiums.',
    'Brokers said the premium for a typical Supramax calling at Odesa-area ports had dropped to around 0.7% of hull value, down from 1% in January.'],
   ['The easing has narrowed the gap between Black Sea and Danube routes, which many charterers had favoured last year.',
    'Several trading houses have already fixed vessels for April loading at rates that would have been unthinkable in the autumn.'],
   ['Shipowners remain cautious, however, and some fleets still refuse to send ships north of the Bosphorus.',
    'Crew unions have also insisted that bonus payments for high-risk areas stay in place.'],
   ['Analysts expect rates to stabilise in the coming weeks unless the security situation changes.']])

A['T1'] = dict(lang='tr', title="Samsun Limanı'nda tahıl ihracatı rekor kırdı",
  author='Deniz Aydın', published='2025-02-28T21:40:00Z', date='2025-03-01',
  url='https://www.haberkaradeniz.com.tr/ekonomi/samsun-limani-tahil-ihracati-rekor',
  desc="Şubat ayında Samsun Limanı'ndan yapılan tahıl sevkiyatı tüm zamanların en yüksek seviyesine ulaştı.",
  paras=[
   ["SAMSUN – Samsun Limanı'ndan şubat ayında yapılan tahıl ihracatı, aylık bazda tüm zamanların en yüksek seviyesine ulaştı.",
    'Liman işletmesinden yapılan açıklamaya göre ay boyunca 310 bin ton buğday ve arpa gemilere yüklendi.'],
   ["Sevkiyatın büyük bölümü Rusya'dan kara yoluyla getirilen ürünlerin yeniden ihracatından oluşuyor.",
    "Ürünlerin başlıca alıcıları arasında Libya, Lübnan ve Suudi Arabistan yer alıyor."],
   ['Liman yönetimi, artan talebi karşılamak için iki yeni vinç ve bir tahıl silosu yatırımı planladığını açıkladı.',
    'Silonun yıl sonuna kadar hizmete girmesi hedefleniyor.'],
   ["Bölgedeki ihracatçılar ise liman çevresindeki kara yolu trafiğinin yoğunlaştığından şikâyet ediyor.",
    "Samsun Valiliği, tır parkı kapasitesinin artırılması için çalışma başlatıldığını duyurdu."]])

A['T2'] = dict(lang='tr', title="Trabzon Limanı'na Orta Asya'dan transit yük akışı hızlandı",
  author='Murat Kaya', date='2025-03-06', url=None,
  paras=[
   ["TRABZON – Orta Asya ülkelerinden gelen transit yüklerin Trabzon Limanı üzerinden Avrupa'ya aktarılması son aylarda belirgin biçimde arttı.",
    'Liman işletmecisi, ocak ve şubat aylarında elleçlenen transit konteyner sayısının geçen yılın aynı dönemine göre yüzde 38 yükseldiğini bildirdi.'],
   ["Yüklerin önemli bir kısmı Özbekistan ve Kazakistan'dan İran üzerinden kara yoluyla getiriliyor.",
    'Buradan gemilere yüklenen konteynerler Köstence ve Varna limanlarına taşınıyor.'],
   ['Aşağıdaki tabloda limanın son iki aydaki transit hacmi yer alıyor.'],
   ['Sektör temsilcileri, gümrük işlemlerinin dijitalleştirilmesinin bekleme sürelerini yarı yarıya azalttığını belirtiyor.',
    'Ancak Sarp sınır kapısındaki yoğunluğun zaman zaman gecikmelere yol açtığı ifade ediliyor.'],
   ['Liman yönetimi, yıl sonuna kadar transit hacminin 50 bin konteyneri aşmasını bekliyor.']])

# ------------------------------------------------------------------ h2 Iran transit / North-South corridor
A['E2'] = dict(lang='en', title='Iran and Russia agree on tariff cuts for North-South corridor cargo',
  author='Sarah Quinlan', dt='2025-04-01T10:05:00+04:00', human='1 April 2025, 10:05', date='2025-04-01',
  url='https://www.gulftransitreview.com/corridors/2025/04/01/iran-russia-instc-tariffs',
  desc='Railway tariffs on the western and eastern branches will fall by up to 20 per cent.',
  paras=[
   ['DUBAI — Iran and Russia have agreed to cut rail tariffs for cargo moving along the International North-South Transport Corridor, officials from both countries said on Monday.',
    'The reductions of up to 20 per cent apply to containers and bulk freight travelling between Caspian ports and the Gulf.'],
   ['The deal was reached at a meeting of the joint transport commission in Tehran.',
    'Freight forwarders in Dubai said lower tariffs could make the overland route competitive with the sea passage through the Suez Canal for some cargo.'],
   ['Volumes on the corridor have grown steadily since 2022, but bottlenecks at border crossings and gaps in the rail network still limit capacity.',
    'The missing Rasht–Astara link remains the most serious obstacle on the western branch.'],
   ['Both sides said the new tariffs would take effect on 1 May and be reviewed after six months.']])

A['A1'] = dict(lang='ar', title='ميناء بندر عباس يستقبل أول قطار حاويات من روسيا عبر ممر الشمال والجنوب',
  author='خالد المنصوري', dt='2025-03-30T13:20:00+03:30', human='30 مارس 2025', date='2025-03-30',
  url='https://www.almamar-news.com/economy/2025/03/30/bandar-abbas-first-container-train',
  desc='وصل القطار بعد رحلة استغرقت اثني عشر يوما عبر كازاخستان وتركمانستان.',
  paras=[
   ['طهران – استقبل ميناء بندر عباس الإيراني أول قطار حاويات مباشر قادم من موسكو عبر الفرع الشرقي لممر الشمال والجنوب.',
    'وقال مسؤولون في هيئة الموانئ إن القطار كان يحمل 62 حاوية من المعدات الصناعية والورق.'],
   ['واستغرقت الرحلة اثني عشر يوما مرورا بكازاخستان وتركمانستان، وهو ما يقل بنحو أسبوعين عن الطريق البحري التقليدي.',
    'ويأمل الجانبان في تسيير قطار أسبوعي على هذا الخط بحلول الصيف.'],
   ['ويرى خبراء النقل أن نجاح التجربة يعتمد على تنسيق الإجراءات الجمركية بين الدول الأربع.',
    'كما يشيرون إلى ضرورة توحيد الرسوم لتفادي ارتفاع التكلفة الإجمالية للشحن.'],
   ['ومن المقرر أن تعقد الدول المعنية اجتماعا فنيا في عشق آباد الشهر المقبل لبحث جدول الرحلات.']])

A['F1'] = dict(lang='fa', title='ترانزیت کالا از مرز سرخس ۲۰ درصد افزایش یافت',
  author='مریم احمدی, رضا کریمی', authors=['مریم احمدی', 'رضا کریمی'], dt='2025-04-03 11:20:00', date='2025-04-03',
  url='https://www.eghtesadnameh.ir/fa/news/48213/ترانزیت-کالا-سرخس',
  desc='حجم ترانزیت ریلی و جاده‌ای از مرز سرخس در سال گذشته به رکورد تازه‌ای رسید.',
  paras=[
   ['مشهد – حجم ترانزیت کالا از مرز سرخس در سال ۱۴۰۳ نسبت به سال قبل حدود ۲۰ درصد افزایش یافت.',
    'به گفته مدیرکل راه و شهرسازی خراسان رضوی، بیش از چهار میلیون تن کالا از این مرز عبور کرده است.'],
   ['بخش عمده این محموله‌ها را غلات، کود شیمیایی و فرآورده‌های نفتی تشکیل می‌دهد.',
    'بیشتر این کالاها از ترکمنستان و ازبکستان به سمت بنادر جنوبی ایران حمل شده‌اند.'],
   ['کارشناسان می‌گویند کاهش تعرفه‌های ریلی و تمدید ساعات کاری گمرک در این رشد نقش داشته است.',
    'با این حال کمبود واگن همچنان یکی از مشکلات اصلی فعالان حمل‌ونقل است.'],
   ['مسئولان استانی پیش‌بینی می‌کنند که ظرفیت پایانه مرزی سرخس تا پایان سال جاری دو برابر شود.']])

A['T3'] = dict(lang='tr', title="İran üzerinden Türkmenistan'a yeni kara yolu koridoru açılıyor",
  author=None, dt='2025-04-04 15:45:00', date='2025-04-04',
  url='https://www.transitgundem.com.tr/lojistik/iran-uzerinden-turkmenistan-kara-yolu-koridoru',
  desc="Türkiye, İran ve Türkmenistan arasında imzalanan protokolle tır geçiş süreleri kısalacak.",
  paras=None)

A['R3'] = dict(lang='ru', title='Железная дорога Решт — Астара: Россия и Иран согласовали график строительства',
  author='Павел Гусев', authors=['Павел Гусев'], published='2025-04-02T00:20:00+03:00', date='2025-04-02',
  url='https://www.vostok-transit.ru/articles/2025/04/02/resht-astara-grafik',
  desc='Строительство участка длиной 162 километра должно начаться до конца года.',
  paras=[
   ['Москва, 2 апреля — Россия и Иран согласовали график строительства железной дороги Решт — Астара, которая должна замкнуть западный маршрут коридора «Север — Юг».',
    'Соответствующий протокол подписан по итогам заседания межправительственной комиссии.'],
   ['Длина участка составит 162 километра, а его стоимость оценивается примерно в 1,6 миллиарда евро.',
    'Большую часть средств предоставит российская сторона в виде государственного кредита.'],
   ['Согласно документу, выкуп земель вдоль трассы должен завершиться до осени.',
    'Затем подрядчики приступят к сооружению мостов и тоннелей в горной части маршрута.'],
   ['Эксперты напоминают, что сроки проекта уже неоднократно переносились.',
    'По их оценкам, полноценное движение поездов вряд ли откроется раньше 2028 года.']])

# ------------------------------------------------------------------ h3 Afghanistan / Pakistan connectivity
A['U1'] = dict(lang='ur', title='پاکستان اور ازبکستان کا ٹرانس افغان ریلوے منصوبے پر کام تیز کرنے کا فیصلہ',
  author='عمران قریشی', dt='2025-05-08T18:30:00+05:00', human='8 مئی 2025', date='2025-05-08',
  url='https://www.shahrah-news.pk/business/2025/05/08/trans-afghan-railway-pakistan-uzbekistan',
  desc='دونوں ممالک نے منصوبے کی فزیبلٹی رپورٹ جلد مکمل کرنے پر اتفاق کیا۔',
  paras=[
   ['اسلام آباد – پاکستان اور ازبکستان نے ٹرانس افغان ریلوے منصوبے پر کام تیز کرنے کا فیصلہ کیا ہے۔',
    'یہ فیصلہ دونوں ممالک کے وزرائے ریلوے کی ملاقات میں کیا گیا۔'],
   ['مجوزہ ریلوے لائن ترمذ سے مزار شریف اور کابل کے راستے پشاور تک جائے گی۔',
    'حکام کے مطابق اس منصوبے سے وسطی ایشیا اور پاکستانی بندرگاہوں کے درمیان سفر کا وقت آدھا رہ جائے گا۔'],
   ['ماہرین کا کہنا ہے کہ منصوبے کی سب سے بڑی رکاوٹ مالی وسائل کی فراہمی ہے۔',
    'عالمی مالیاتی اداروں نے ابھی تک سرمایہ کاری کا کوئی حتمی وعدہ نہیں کیا۔'],
   ['دونوں ممالک نے فزیبلٹی رپورٹ اس سال کے آخر تک مکمل کرنے پر اتفاق کیا ہے۔']])

A['Fr1'] = dict(lang='fr', title="Le corridor Ouzbékistan–Afghanistan–Pakistan séduit les bailleurs internationaux",
  author='Julien Mercier', dt='2025-05-07T07:00:00+02:00', human='7 mai 2025', date='2025-05-07',
  url='https://www.courrierdasie.fr/economie/2025/05/07/corridor-ouzbekistan-afghanistan-pakistan-bailleurs',
  desc="Plusieurs banques de développement étudient le financement de la ligne transafghane.",
  paras=[
   ["TACHKENT – Le projet de voie ferrée reliant l'Ouzbékistan au Pakistan à travers l'Afghanistan suscite un intérêt croissant chez les bailleurs internationaux.",
    "Selon plusieurs sources diplomatiques, deux banques de développement ont demandé à consulter l'étude de faisabilité."],
   ["Long d'environ 760 kilomètres, le tracé doit franchir les montagnes de l'Hindou Kouch, ce qui en fait l'un des chantiers les plus coûteux de la région.",
    "Le coût total est estimé entre 5 et 7 milliards de dollars."],
   ["Les autorités ouzbèkes insistent sur le potentiel commercial du corridor, qui offrirait un accès direct aux ports de Karachi et de Gwadar.",
    "Les investisseurs, eux, s'interrogent sur la sécurité du tracé et sur la reconnaissance internationale des autorités de Kaboul."],
   ["Une réunion technique doit se tenir à Termez à la fin du mois.",
    "Les trois pays espèrent y présenter un calendrier de travaux détaillé."]])

A['E4'] = dict(lang='en', title='Torkham crossing reopens after week-long closure, traders count losses',
  author='Ayesha Rahman', dt='2025-05-05T16:45:00+05:00', human='May 5, 2025', date='2025-05-05',
  url='https://www.frontierdispatch.com/region/torkham-crossing-reopens-traders-losses',
  desc='Thousands of lorries were stranded on both sides of the border during the closure.',
  paras=[
   ['PESHAWAR — The Torkham border crossing between Pakistan and Afghanistan reopened on Monday after a week-long closure that left thousands of lorries stranded.',
    'Customs officials said traffic resumed in the early morning once both sides agreed to withdraw troops from a disputed construction site.'],
   ['Traders on the Pakistani side estimated their losses at several million dollars, much of it from perishable fruit and vegetables.',
    'Many drivers had spent the week sleeping in their cabs along the Khyber highway.'],
   ['The closure was the third this year, and business groups have called for a permanent mechanism to settle border disputes.',
    'Officials in Islamabad said talks on such a mechanism would begin later this month.'],
   ['By evening, more than 800 vehicles had crossed in both directions, according to the border authority.']])

A['E5'] = dict(lang='en', title='CASA-1000 power line nears completion on Afghan section',
  author='Tom Ellery', dt='2025-05-06 14:00:00+05:00', date='2025-05-06',
  url='https://www.southasiagrid.org/news/casa-1000-afghan-section-nears-completion',
  paras=[
   ['ISLAMABAD — Work on the Afghan section of the CASA-1000 transmission line is close to completion, the project secretariat said on Tuesday.',
    'Around 90 per cent of the towers between the Tajik border and the Khyber Pass are now in place.'],
   ['The line is designed to carry surplus summer hydropower from Kyrgyzstan and Tajikistan to Pakistan.',
    'Construction in Afghanistan was suspended for almost two years after 2021.'],
   ['Engineers say the remaining work involves stringing cables across mountain passes, which can only be done in warm months.',
    'Test transmissions could begin as early as next spring if the schedule holds.']])

A['Fr2'] = dict(lang='fr', title="Kaboul mise sur le fret ferroviaire vers l'Asie centrale",
  author='Sophie Lanier', dt='2025-05-09 09:30:00+04:30', date='2025-05-09',
  url='https://www.courrierdasie.fr/afghanistan/2025/05/09/kaboul-fret-ferroviaire-asie-centrale',
  paras=[
   ["KABOUL – Les autorités afghanes veulent doubler le volume de marchandises acheminées par rail vers l'Asie centrale d'ici à deux ans.",
    "La gare de Hairatan, à la frontière ouzbèke, concentre aujourd'hui l'essentiel de ce trafic."],
   ["Un nouveau terminal de conteneurs y a été inauguré la semaine dernière.",
    "Il doit permettre de réduire de moitié le temps de transbordement entre les wagons ouzbeks et les camions afghans."],
   ["Les transporteurs se plaignent toutefois du manque d'entrepôts frigorifiques.",
    "Une partie des exportations de fruits secs continue donc de passer par la route."]])

A['F2'] = dict(lang='fa', title='افغانستان و ترکمنستان بر سرعت بخشیدن به ساخت خط لوله تاپی توافق کردند',
  author='حسین رحیمی', dt='2025-05-04T12:10:00+04:30', date='2025-05-04',
  url='https://www.khabar-sharq.af/fa/economy/tapi-pipeline-agreement',
  paras=[
   ['هرات – مقام‌های افغانستان و ترکمنستان در دیداری در هرات بر سرعت بخشیدن به ساخت بخش افغانستان خط لوله تاپی توافق کردند.',
    'بر اساس این توافق، عملیات لوله‌گذاری تا پایان سال جاری به شهر هرات خواهد رسید.'],
   ['خط لوله تاپی قرار است سالانه ۳۳ میلیارد متر مکعب گاز ترکمنستان را به افغانستان، پاکستان و هند برساند.',
    'این پروژه از سال ۲۰۱۵ آغاز شده اما بارها با تأخیر روبه‌رو بوده است.'],
   ['کارشناسان می‌گویند تأمین امنیت مسیر و جلب سرمایه‌گذاری خارجی دو چالش اصلی این طرح است.',
    'با این حال دو طرف امیدوارند نخستین محموله گاز تا سه سال آینده به مرز پاکستان برسد.']])

A['R4'] = dict(lang='ru', title='Узбекистан и Пакистан подписали соглашение о транзитной торговле',
  author='Дилноза Каримова', dt='2025-05-10T11:00:00+05:00', date='2025-05-10',
  url='https://www.uzdaily-vesti.uz/ru/economy/uzbekistan-pakistan-tranzit-soglashenie',
  paras=[
   ['Ташкент, 10 мая — Узбекистан и Пакистан подписали межправительственное соглашение о транзитной торговле.',
    'Документ позволит узбекским экспортерам пользоваться портами Карачи, Касим и Гвадар на льготных условиях.'],
   ['Стороны также договорились упростить выдачу разрешений для грузовых автомобилей, следующих через Афганистан.',
    'Ранее перевозчики жаловались на многодневные задержки на пограничных переходах.'],
   ['В министерстве транспорта Узбекистана рассчитывают, что товарооборот между странами к 2027 году достигнет двух миллиардов долларов.',
    'Соглашение вступит в силу после ратификации парламентами обеих стран.']])

# ------------------------------------------------------------------ h4 South Caucasus & Gwadar routes
A['T4'] = dict(lang='tr', title='Bakü-Tiflis-Kars demiryolunda yük taşımacılığı iki katına çıktı',
  author='Elif Şahin', dt='2025-06-02T10:30:00+03:00', date='2025-06-02',
  url='https://www.kafkasyaekonomi.com/demiryolu/btk-yuk-tasimaciligi-iki-katina-cikti',
  paras=[
   ['KARS – Bakü-Tiflis-Kars demiryolu hattında taşınan yük miktarı, yılın ilk beş ayında geçen yılın aynı dönemine göre iki katına çıktı.',
    'TCDD Taşımacılık verilerine göre hat üzerinden 1,1 milyon ton yük taşındı.'],
   ["Artışın başlıca nedeni, Çin'den Avrupa'ya giden konteyner trenlerinin Orta Koridor'a yönelmesi.",
    "Kazakistan ve Azerbaycan'dan gelen tahıl ve metal sevkiyatları da hacmi destekliyor."],
   ["Ahılkelek'teki aktarma istasyonunda vagon akslarının değiştirilmesi hâlâ en çok zaman alan işlem olarak görülüyor.",
    'Yetkililer, yeni ekipmanla bu sürenin dört saate ineceğini söylüyor.'],
   ['Hat üzerindeki modernizasyon çalışmalarının gelecek yıl tamamlanması planlanıyor.',
    "Bu sayede yıllık kapasitenin 5 milyon tona çıkarılması hedefleniyor."]])

A['Fr3'] = dict(lang='fr', title="L'Arménie et la Géorgie relancent le projet de corridor routier nord-sud",
  author='Claire Vasseur', date='2025-06-05', url=None,
  paras=[
   ["EREVAN – L'Arménie et la Géorgie ont décidé de relancer la construction de l'autoroute nord-sud, interrompue depuis plusieurs années.",
    "Les deux gouvernements ont signé un mémorandum prévoyant de nouveaux appels d'offres d'ici à l'automne."],
   ["Le tronçon arménien, financé en partie par la Banque asiatique de développement, a accumulé d'importants retards.",
    "Plusieurs entreprises avaient abandonné le chantier en raison de la hausse des coûts."],
   ["Pour Erevan, la route doit offrir un accès plus rapide aux ports géorgiens de Poti et Batoumi.",
    "Les transporteurs espèrent qu'elle réduira aussi la dépendance au poste frontière de Verkhni Lars."],
   ["Les premiers travaux pourraient reprendre au printemps prochain."]])

A['U2'] = dict(lang='ur', title='گوادر بندرگاہ سے وسطی ایشیا کے لیے پہلی تجارتی کھیپ روانہ',
  author='ثنا ملک', date='2025-06-03', url=None,
  paras=[
   ['گوادر – گوادر بندرگاہ سے وسطی ایشیا کے لیے پہلی تجارتی کھیپ افغانستان کے راستے روانہ کر دی گئی ہے۔',
    'اس کھیپ میں تعمیراتی سامان اور کھانے پینے کی اشیا سے لدے بیس ٹرک شامل ہیں۔'],
   ['حکام کا کہنا ہے کہ یہ ٹرک چمن اور قندھار سے ہوتے ہوئے ترکمانستان پہنچیں گے۔',
    'اس سفر میں تقریباً دس دن لگنے کی توقع ہے۔'],
   ['تاجروں نے اس اقدام کا خیرمقدم کیا ہے لیکن سڑکوں کی خراب حالت پر تشویش بھی ظاہر کی ہے۔',
    'ان کا کہنا ہے کہ باقاعدہ تجارت کے لیے سیکیورٹی اور کسٹم کے نظام میں بہتری ضروری ہے۔'],
   ['بندرگاہ کی انتظامیہ آئندہ ماہ دوسری کھیپ روانہ کرنے کا ارادہ رکھتی ہے۔']])

A['E6'] = dict(lang='en', title="Georgia's Anaklia deep-sea port project gets new construction timetable",
  author='Mark Devlin', dt='2025-06-04 08:15', date='2025-06-04',
  url='https://www.caucasusbusinesswire.com/georgia/anaklia-port-new-timetable',
  paras=[
   ['TBILISI — Georgia has set a new timetable for the long-delayed Anaklia deep-sea port on its Black Sea coast.',
    'The economy ministry said the first berth should be ready to receive ships by the end of 2028.'],
   ['The project was frozen in 2020 after the government cancelled its contract with the original investors.',
    'A new tender last year attracted bids from several Asian and European consortia.'],
   ['Officials argue that Anaklia is essential if Georgia wants to benefit from rising cargo volumes on the Middle Corridor.',
    'The existing ports of Poti and Batumi are too shallow for the largest container ships.'],
   ['The winning consortium is expected to be announced in September.']])

A['A2'] = dict(lang='ar', title='أذربيجان تفتتح محطة جديدة للعبارات في ميناء باكو',
  author='سلمى حداد', dt='Jun 6, 2025', date='2025-06-06',
  url='https://www.caucasus-arabic.net/news/2025/06/06/baku-ferry-terminal',
  paras=[
   ['باكو – افتتحت أذربيجان محطة جديدة للعبارات في ميناء باكو الدولي للتجارة البحرية في منطقة ألات.',
    'وتبلغ الطاقة الاستيعابية للمحطة نحو مليوني طن من البضائع سنويا.'],
   ['وتهدف المحطة إلى تسريع حركة الشاحنات والعربات القادمة من كازاخستان وتركمانستان عبر بحر قزوين.',
    'وكانت فترات الانتظار الطويلة في الميناء من أبرز شكاوى شركات النقل خلال العام الماضي.'],
   ['ويقول مسؤولون إن الميناء يخطط لرفع طاقته الإجمالية إلى 25 مليون طن بحلول عام 2030.']])


def para_texts(a):
    return [' '.join(p) for p in a['paras']]

def picks(a):
    ps = a['paras']
    return [ps[0][1], ps[len(ps) // 2][0], ps[-1][-1]]
