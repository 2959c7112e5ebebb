<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>AnalysisFeature</name>
    <message>
        <source>Entities</source>
        <extracomment>How long after an article is shown its analysis starts (ms). An analysis with more entities and claims than this fills the tabs a slice at a time.</extracomment>
        <translation>الكيانات</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>المصادر</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>الأقوال</translation>
    </message>
    <message>
        <source>Analysing %p%</source>
        <translation>جارٍ التحليل %p%</translation>
    </message>
    <message>
        <source>Export &amp;Attribution Report…</source>
        <translation>تصدير تقرير ال&amp;إسناد…</translation>
    </message>
    <message>
        <source>&amp;Who Said What…</source>
        <translation>&amp;من قال ماذا…</translation>
    </message>
    <message>
        <source>A&amp;nalysis</source>
        <translation>ت&amp;حليل</translation>
    </message>
    <message>
        <source>Analysing…</source>
        <translation>جارٍ التحليل…</translation>
    </message>
    <message>
        <source>No article is open.</source>
        <translation>لا يوجد مقال مفتوح.</translation>
    </message>
    <message>
        <source>Analysing again with what you taught…</source>
        <translation>إعادة التحليل بما علّمته للقارئ…</translation>
    </message>
    <message>
        <source>Could not analyse: %1</source>
        <translation>تعذّر التحليل: %1</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>لم يُحفظ</translation>
    </message>
    <message>
        <source>Review saved.</source>
        <translation>حُفظت المراجعة.</translation>
    </message>
    <message>
        <source>Select the entity&apos;s text in the article first.</source>
        <translation>حدّد نص الكيان في المقال أولًا.</translation>
    </message>
    <message>
        <source>HTML (*.html)</source>
        <translation>HTML (*.html)</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export Attribution Report</source>
        <translation>تصدير تقرير الإسناد</translation>
    </message>
</context>
<context>
    <name>AnalysisLabels</name>
    <message>
        <source>People</source>
        <extracomment>(red, green, blue, alpha) tints of claims in the text, per review status.</extracomment>
        <translation>الأشخاص</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>المؤسسات</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>الأماكن</translation>
    </message>
    <message>
        <source>Other names</source>
        <translation>أسماء أخرى</translation>
    </message>
    <message>
        <source>Money</source>
        <translation>المبالغ المالية</translation>
    </message>
    <message>
        <source>Percentages</source>
        <translation>النسب المئوية</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>التواريخ</translation>
    </message>
    <message>
        <source>Quantities</source>
        <translation>الكميات</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>شخص</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>مؤسسة</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>مكان</translation>
    </message>
    <message>
        <source>Other name</source>
        <translation>اسم آخر</translation>
    </message>
    <message>
        <source>Percentage</source>
        <translation>نسبة مئوية</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>تاريخ</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>كمية</translation>
    </message>
    <message>
        <source>Named person</source>
        <translation>شخص مسمّى</translation>
    </message>
    <message>
        <source>Named organisation</source>
        <translation>مؤسسة مسمّاة</translation>
    </message>
    <message>
        <source>Media</source>
        <translation>وسيلة إعلام</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>وثيقة</translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation>مصدر مجهول</translation>
    </message>
    <message>
        <source>Unnamed official</source>
        <translation>مسؤول غير مسمّى</translation>
    </message>
    <message>
        <source>No source</source>
        <translation>بلا مصدر</translation>
    </message>
    <message>
        <source>Unreviewed</source>
        <translation>لم يُراجَع</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>تم التحقق</translation>
    </message>
    <message>
        <source>Needs a second source</source>
        <translation>يحتاج إلى مصدر ثانٍ</translation>
    </message>
    <message>
        <source>Disputed</source>
        <translation>موضع خلاف</translation>
    </message>
</context>
<context>
    <name>AnalysisText</name>
    <message>
        <source>Source</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Via</source>
        <translation>عبر</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>الاقتباس</translation>
    </message>
    <message>
        <source>direct quote</source>
        <translation>اقتباس مباشر</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>الملاحظة</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Canonical</source>
        <translation>الاسم المعتمد</translation>
    </message>
    <message>
        <source>As written</source>
        <translation>كما ورد</translation>
    </message>
</context>
<context>
    <name>AnnotationController</name>
    <message>
        <source>Saved.</source>
        <extracomment>A note dialog was opened (tests and the screenshot fill it in).</extracomment>
        <translation>تم الحفظ.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>لم يُحفظ</translation>
    </message>
    <message>
        <source>This note could not be placed in the revised article; its quote: %1</source>
        <translation>تعذّر وضع هذه الملاحظة في النسخة المعدّلة من المقال؛ نصّها المقتبس: %1</translation>
    </message>
    <message>
        <source>Copied with citation.</source>
        <translation>نُسخ مع الإحالة إلى المصدر.</translation>
    </message>
</context>
<context>
    <name>AnnotationDialog</name>
    <message>
        <source>Add Note</source>
        <translation>إضافة ملاحظة</translation>
    </message>
    <message>
        <source>Edit Note and Tags</source>
        <translation>تعديل الملاحظة والوسوم</translation>
    </message>
    <message>
        <source>Quote:</source>
        <translation>الاقتباس:</translation>
    </message>
    <message>
        <source>Colour:</source>
        <translation>اللون:</translation>
    </message>
    <message>
        <source>Your note (Arabic or English)</source>
        <translation>ملاحظتك (بالعربية أو بالإنجليزية)</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>الملاحظة:</translation>
    </message>
    <message>
        <source>tags, separated by commas</source>
        <translation>وسوم تفصل بينها فواصل</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>الوسوم:</translation>
    </message>
</context>
<context>
    <name>AnnotationService</name>
    <message>
        <source>Add note</source>
        <extracomment>(document id, annotation uuid) after a change has been committed to the library. A user message when the library refused a write; nothing was changed.</extracomment>
        <translation>إضافة ملاحظة</translation>
    </message>
    <message>
        <source>Highlight</source>
        <translation>تظليل</translation>
    </message>
    <message>
        <source>Change colour</source>
        <translation>تغيير اللون</translation>
    </message>
    <message>
        <source>Edit note</source>
        <translation>تعديل الملاحظة</translation>
    </message>
    <message>
        <source>Delete highlight</source>
        <translation>حذف التظليل</translation>
    </message>
    <message>
        <source>This annotation was changed elsewhere (another window or program) after your change, so undoing or redoing it would overwrite that change. It was left as it is now.</source>
        <translation>غُيّر هذا التعليق في مكان آخر (نافذة أو برنامج آخر) بعد تغييرك، فالتراجع عنه أو إعادته سيمحو ذلك التغيير. تُرك كما هو الآن.</translation>
    </message>
</context>
<context>
    <name>AnnotationsPanel</name>
    <message>
        <source>All colours</source>
        <translation>كل الألوان</translation>
    </message>
    <message>
        <source>Colour:</source>
        <translation>اللون:</translation>
    </message>
    <message>
        <source>Tag:</source>
        <translation>الوسم:</translation>
    </message>
    <message>
        <source>Author:</source>
        <translation>الكاتب:</translation>
    </message>
    <message>
        <source>Could not be placed in the revised text:</source>
        <translation>تعذّر وضعها في النص المعدّل:</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>كل الوسوم</translation>
    </message>
    <message>
        <source>All authors</source>
        <translation>كل الكتّاب</translation>
    </message>
    <message>
        <source>Showing %1 of %2</source>
        <translation>المعروض: %1 من %2</translation>
    </message>
    <message>
        <source>Go to Highlight</source>
        <translation>الانتقال إلى التظليل</translation>
    </message>
    <message>
        <source>Edit Note and Tags…</source>
        <translation>تعديل الملاحظة والوسوم…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Cannot open the library</source>
        <extracomment>With ``defer_analysis``, how long after the window is created its analysis tabs are added.</extracomment>
        <translation>تعذّر فتح المكتبة</translation>
    </message>
</context>
<context>
    <name>AppActions</name>
    <message>
        <source>&amp;Import Files…</source>
        <translation>&amp;استيراد ملفات…</translation>
    </message>
    <message>
        <source>Open the &amp;Sample Article</source>
        <translation>فتح المقال ال&amp;نموذجي</translation>
    </message>
    <message>
        <source>Search the &amp;Library</source>
        <translation>البحث في ال&amp;مكتبة</translation>
    </message>
    <message>
        <source>Editorial &amp;Desk…</source>
        <translation>مكتب ال&amp;تحرير…</translation>
    </message>
    <message>
        <source>S&amp;ync with the Desk</source>
        <translation>&amp;مزامنة مع المكتب</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <source>Highlight in %1</source>
        <translation>تظليل بال%1</translation>
    </message>
    <message>
        <source>Add &amp;Note…</source>
        <translation>إضافة &amp;ملاحظة…</translation>
    </message>
    <message>
        <source>&amp;Edit Note and Tags…</source>
        <translation>&amp;تعديل الملاحظة والوسوم…</translation>
    </message>
    <message>
        <source>&amp;Delete Highlight</source>
        <translation>&amp;حذف التظليل</translation>
    </message>
    <message>
        <source>Copy with &amp;Citation</source>
        <translation>نسخ مع الإ&amp;حالة</translation>
    </message>
    <message>
        <source>&amp;Find in Article…</source>
        <translation>&amp;بحث في المقال…</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>البحث عن ال&amp;تالي</translation>
    </message>
    <message>
        <source>Find &amp;Previous</source>
        <translation>البحث عن ال&amp;سابق</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>ت&amp;كبير</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>ت&amp;صغير</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>ال&amp;حجم الأصلي</translation>
    </message>
    <message>
        <source>Choose &amp;Font…</source>
        <translation>اختيار ال&amp;خط…</translation>
    </message>
    <message>
        <source>Show &amp;Diacritics</source>
        <translation>إظهار ال&amp;تشكيل</translation>
    </message>
    <message>
        <source>&amp;Hide Noise</source>
        <translation>إ&amp;خفاء النصوص الدخيلة</translation>
    </message>
    <message>
        <source>Show &amp;Invisible Characters</source>
        <translation>إظهار المحارف &amp;غير المرئية</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1٪</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>الملفات ال&amp;أخيرة</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;تحرير</translation>
    </message>
    <message>
        <source>&amp;Annotate</source>
        <translation>&amp;تعليقات</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;عرض</translation>
    </message>
    <message>
        <source>&amp;Line Spacing</source>
        <translation>&amp;تباعد الأسطر</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>ال&amp;سمة</translation>
    </message>
    <message>
        <source>Interface &amp;Language</source>
        <translation>&amp;لغة الواجهة</translation>
    </message>
</context>
<context>
    <name>ArticleLayer</name>
    <message>
        <source>This text is long: its words are read around the reading position, and again when you move on. The word panel counts the occurrences in that part only.</source>
        <translation>هذا النص طويل: تُقرأ كلماته حول موضع القراءة، ثم من جديد كلما تقدّمت فيه. ولا تعدّ لوحة الكلمة إلا مواضعها في ذلك الجزء.</translation>
    </message>
    <message>
        <source>Learner tints: around the reading position only (long text)</source>
        <translation>تلوين المتعلم: حول موضع القراءة فقط (نص طويل)</translation>
    </message>
    <message>
        <source>Term underlines: around the reading position only (long text)</source>
        <translation>تسطير المصطلحات: حول موضع القراءة فقط (نص طويل)</translation>
    </message>
</context>
<context>
    <name>Citation</name>
    <message>
        <source>, </source>
        <translation>، </translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>«%1»</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>ClaimsTab</name>
    <message>
        <source>All statuses</source>
        <extracomment>Go to this claim in the text (its key). (claim key, status, note): the user set a review.</extracomment>
        <translation>كل الحالات</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>المراجعة</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>الحالة:</translation>
    </message>
    <message>
        <source>Why? What was checked, with whom…</source>
        <translation>لماذا؟ ما الذي جرى التحقق منه، ومع من…</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>الملاحظة:</translation>
    </message>
    <message>
        <source>Save Note</source>
        <translation>حفظ الملاحظة</translation>
    </message>
    <message>
        <source>History:</source>
        <translation>السجل:</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 من %2</translation>
    </message>
    <message>
        <source>Select a claim to review it.</source>
        <translation>اختر قولًا لمراجعته.</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>المصدر: %1</translation>
    </message>
    <message>
        <source>Kind: %1</source>
        <translation>النوع: %1</translation>
    </message>
    <message>
        <source>Via: %1</source>
        <translation>عبر: %1</translation>
    </message>
    <message>
        <source>Cue: %1</source>
        <translation>فعل الإسناد: %1</translation>
    </message>
    <message>
        <source>Direct quote</source>
        <translation>اقتباس مباشر</translation>
    </message>
</context>
<context>
    <name>Colors</name>
    <message>
        <source>Yellow</source>
        <translation>أصفر</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>أخضر</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation>أزرق</translation>
    </message>
    <message>
        <source>Pink</source>
        <translation>وردي</translation>
    </message>
    <message>
        <source>Purple</source>
        <translation>بنفسجي</translation>
    </message>
</context>
<context>
    <name>CoreErrors</name>
    <message>
        <source>the file does not exist; check its name and folder</source>
        <translation>الملف غير موجود؛ تحقّق من اسمه ومن المجلد</translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation>الملف غير موجود</translation>
    </message>
    <message>
        <source>the file cannot be reached (permission denied); check the folder&apos;s permissions</source>
        <translation>لا يمكن الوصول إلى الملف (الإذن مرفوض)؛ تحقّق من أذونات المجلد</translation>
    </message>
    <message>
        <source>the file cannot be read (permission denied); check its permissions</source>
        <translation>لا يمكن قراءة الملف (الإذن مرفوض)؛ تحقّق من أذوناته</translation>
    </message>
    <message>
        <source>the file cannot be read (%1)</source>
        <translation>لا يمكن قراءة الملف (%1)</translation>
    </message>
    <message>
        <source>this is a folder, not a file; choose a file inside it</source>
        <translation>هذا مجلد وليس ملفًا؛ اختر ملفًا بداخله</translation>
    </message>
    <message>
        <source>this is not a regular file; choose an article file</source>
        <translation>هذا ليس ملفًا عاديًا؛ اختر ملف مقال</translation>
    </message>
    <message>
        <source>this kind of file cannot be imported (it looks like %1); the reader opens %2 files</source>
        <translation>لا يمكن استيراد هذا النوع من الملفات (يبدو أنه %1)؛ يفتح القارئ ملفات %2</translation>
    </message>
    <message>
        <source>the file is too large (%1; the limit is %2); split it into smaller files</source>
        <translation>الملف كبير جدًا (%1، والحد %2)؛ قسّمه إلى ملفات أصغر</translation>
    </message>
    <message>
        <source>the file is empty; choose a file that contains text</source>
        <translation>الملف فارغ؛ اختر ملفًا فيه نص</translation>
    </message>
    <message>
        <source>the file contains only blank space; choose a file with text</source>
        <translation>لا يحوي الملف إلا فراغًا؛ اختر ملفًا فيه نص</translation>
    </message>
    <message>
        <source>the file is not text (it contains binary data); choose a text, HTML, Markdown, DOCX or EPUB file</source>
        <translation>الملف ليس نصًا (فيه بيانات ثنائية)؛ اختر ملف نص أو HTML أو Markdown أو DOCX أو EPUB</translation>
    </message>
    <message>
        <source>the file is not text (it looks like %1)</source>
        <translation>الملف ليس نصًا (يبدو أنه %1)</translation>
    </message>
    <message>
        <source>the file is not a web page (it looks like %1)</source>
        <translation>الملف ليس صفحة ويب (يبدو أنه %1)</translation>
    </message>
    <message>
        <source>the file&apos;s text encoding could not be recognised (it is not UTF-8, UTF-16 or Windows-1256); open it in a text editor and save it as UTF-8</source>
        <translation>تعذّر التعرّف على ترميز نص الملف (ليس UTF-8 ولا UTF-16 ولا Windows-1256)؛ افتحه في محرّر نصوص واحفظه بترميز UTF-8</translation>
    </message>
    <message>
        <source>the file starts with a %1 byte order mark but is not valid %2 (bad data at byte %3); re-save it as UTF-8</source>
        <translation>يبدأ الملف بعلامة ترتيب بايتات %1 لكنه ليس %2 صالحًا (بيانات تالفة عند البايت %3)؛ أعد حفظه بترميز UTF-8</translation>
    </message>
    <message>
        <source>the web page could not be read (%1); check the file</source>
        <translation>تعذّرت قراءة صفحة الويب (%1)؛ تحقّق من الملف</translation>
    </message>
    <message>
        <source>no text was found in the EPUB book&apos;s chapters</source>
        <translation>لم يُعثر على نص في فصول كتاب EPUB</translation>
    </message>
    <message>
        <source>no text was found in this %1 file; check that it is the article you meant to open</source>
        <translation>لم يُعثر على نص في ملف %1 هذا؛ تحقّق من أنه المقال الذي أردت فتحه</translation>
    </message>
    <message>
        <source>the file is damaged or not a complete %1 archive (%2); save or download it again</source>
        <translation>الملف تالف أو ليس أرشيف %1 كاملًا (%2)؛ احفظه أو نزّله من جديد</translation>
    </message>
    <message>
        <source>the file is damaged or not a complete %1 archive; save or download it again</source>
        <translation>الملف تالف أو ليس أرشيف %1 كاملًا؛ احفظه أو نزّله من جديد</translation>
    </message>
    <message>
        <source>the file is empty; it is not a %1 document</source>
        <translation>الملف فارغ؛ ليس مستند %1</translation>
    </message>
    <message>
        <source>the file is not a %1 document (%2)</source>
        <translation>الملف ليس مستند %1 (%2)</translation>
    </message>
    <message>
        <source>the %1 archive has %2 files inside, more than the %3 allowed; it is probably not a real document</source>
        <translation>في أرشيف %1 عدد %2 من الملفات، أكثر من %3 المسموح بها؛ الأرجح أنه ليس مستندًا حقيقيًا</translation>
    </message>
    <message>
        <source>the %1 archive would expand to %2 MB (the limit is %3 MB, compression at most %4 times); it may be a zip bomb and was not opened</source>
        <translation>كان أرشيف %1 سيتمدّد إلى %2 ميغابايت (الحد %3 ميغابايت، والضغط %4 مرة على الأكثر)؛ قد يكون قنبلة ضغط فلم يُفتح</translation>
    </message>
    <message>
        <source>the library is locked by another program; try again</source>
        <translation>المكتبة مقفلة من برنامج آخر؛ حاول مرة أخرى</translation>
    </message>
    <message>
        <source>the disk is full; nothing was saved. Free some space</source>
        <translation>القرص ممتلئ؛ لم يُحفظ شيء. أفرغ بعض المساحة</translation>
    </message>
    <message>
        <source>the library is read-only; nothing was saved</source>
        <translation>المكتبة للقراءة فقط؛ لم يُحفظ شيء</translation>
    </message>
    <message>
        <source>the search is empty: type at least one word (Arabic or Latin)</source>
        <translation>البحث فارغ: اكتب كلمة واحدة على الأقل (عربية أو لاتينية)</translation>
    </message>
    <message>
        <source>cannot write the report (%1); choose another place</source>
        <translation>تعذّرت كتابة التقرير (%1)؛ اختر مكانًا آخر</translation>
    </message>
    <message>
        <source>%1; rename it to end in %2 to import it</source>
        <translation>%1؛ غيّر امتداد اسمه إلى %2 لاستيراده</translation>
    </message>
    <message>
        <source>a PDF document</source>
        <translation>مستند PDF</translation>
    </message>
    <message>
        <source>a %1 image</source>
        <translation>صورة %1</translation>
    </message>
    <message>
        <source>a ZIP archive</source>
        <translation>أرشيف ZIP</translation>
    </message>
    <message>
        <source>a DOCX document</source>
        <translation>مستند DOCX</translation>
    </message>
    <message>
        <source>an EPUB book</source>
        <translation>كتاب EPUB</translation>
    </message>
    <message>
        <source>an SQLite database</source>
        <translation>قاعدة بيانات SQLite</translation>
    </message>
    <message>
        <source>an Excel workbook</source>
        <translation>مصنّف Excel</translation>
    </message>
    <message>
        <source>a PowerPoint presentation</source>
        <translation>عرض PowerPoint</translation>
    </message>
    <message>
        <source>cannot reach the desk (%1); your changes are kept and sent at the next sync</source>
        <translation>تعذّر الوصول إلى المكتب (%1)؛ تغييراتك محفوظة وتُرسل في المزامنة التالية</translation>
    </message>
    <message>
        <source>the desk went away during the sync (%1); nothing is lost: the next sync carries on</source>
        <translation>انقطع المكتب أثناء المزامنة (%1)؛ لم يضع شيء: المزامنة التالية تكمل العمل</translation>
    </message>
    <message>
        <source>this database is not a desk (it has no desk schema); create one with `reader desk init URL` on an empty database</source>
        <translation>قاعدة البيانات هذه ليست مكتبًا (ليس فيها مخطط المكتب)؛ أنشئ مكتبًا بالأمر `reader desk init URL` في قاعدة بيانات فارغة</translation>
    </message>
    <message>
        <source>your database user has no role on this desk; ask its owner to grant you desk_writer (or desk_reader to read only)</source>
        <translation>ليس لمستخدم قاعدة البيانات الخاص بك دور في هذا المكتب؛ اطلب من مالكه أن يمنحك desk_writer (أو desk_reader للقراءة فقط)</translation>
    </message>
    <message>
        <source>the desk refused the login (%1); put the password in ~/.pgpass or the service file (the reader never stores it)</source>
        <translation>رفض المكتب تسجيل الدخول (%1)؛ ضع كلمة المرور في ⁦~/.pgpass⁩ أو في ملف الخدمة (القارئ لا يحفظها أبدًا)</translation>
    </message>
    <message>
        <source>an old Microsoft Office document (.doc/.xls)</source>
        <translation>مستند Microsoft Office قديم (‎.doc/.xls‎)</translation>
    </message>
    <message>
        <source>an executable program (%1)</source>
        <translation>برنامج تنفيذي (%1)</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>الإذن مرفوض</translation>
    </message>
    <message>
        <source>No such file or directory</source>
        <translation>لا يوجد ملف أو مجلد بهذا الاسم</translation>
    </message>
    <message>
        <source>Is a directory</source>
        <translation>هذا مجلد</translation>
    </message>
    <message>
        <source>No space left on device</source>
        <translation>لم تبقَ مساحة على الجهاز</translation>
    </message>
    <message>
        <source>Read-only file system</source>
        <translation>نظام الملفات للقراءة فقط</translation>
    </message>
    <message>
        <source>Input/output error</source>
        <translation>خطأ في القراءة أو الكتابة على القرص</translation>
    </message>
</context>
<context>
    <name>DeskDialog</name>
    <message>
        <source>Editorial Desk</source>
        <translation>مكتب التحرير</translation>
    </message>
    <message>
        <source>A desk is a PostgreSQL database your team shares. Your library stays the working copy; syncing sends your annotations, reviews, teachings and translations and brings everyone else&apos;s. Your saved words and word statuses go only to your own other libraries.</source>
        <translation>المكتب قاعدة بيانات PostgreSQL يتشاركها فريقك. تبقى مكتبتك نسخة العمل؛ والمزامنة ترسل تعليقاتك ومراجعاتك وما علّمته وترجماتك، وتجلب ما لدى الآخرين. أما كلماتك المحفوظة وحالات الكلمات فلا تذهب إلا إلى مكتباتك الأخرى.</translation>
    </message>
    <message>
        <source>service name or postgresql://user@host/database</source>
        <translation>اسم خدمة أو postgresql://user@host/database</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>العنوان:</translation>
    </message>
    <message>
        <source>Passwords are read from ~/.pgpass or the service file; the reader never stores them.</source>
        <translation>تُقرأ كلمات المرور من ⁦~/.pgpass⁩ أو من ملف الخدمة؛ والقارئ لا يحفظها أبدًا.</translation>
    </message>
    <message>
        <source>&amp;Join</source>
        <translation>&amp;انضمام</translation>
    </message>
    <message>
        <source>&amp;Leave</source>
        <translation>&amp;مغادرة</translation>
    </message>
    <message>
        <source>&amp;Sync Now</source>
        <translation>&amp;مزامنة الآن</translation>
    </message>
    <message>
        <source>Sync in the &amp;background every</source>
        <translation>المزامنة في ال&amp;خلفية كل</translation>
    </message>
    <message>
        <source> min</source>
        <translation> دقيقة</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>التعارضات</translation>
    </message>
    <message>
        <source>When the same field was changed on two machines, the later change was kept; the other is here. Restore puts it back.</source>
        <translation>حين يتغيّر الحقل نفسه على جهازين يُحتفظ بالتغيير الأحدث، ويبقى الآخر هنا. «استعادة» تعيده.</translation>
    </message>
    <message>
        <source>What</source>
        <translation>ماذا</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>الحقل</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>المحفوظ</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>الخاسر</translation>
    </message>
    <message>
        <source>Lost by</source>
        <translation>صاحب الخاسر</translation>
    </message>
    <message>
        <source>&amp;Restore the Lost Value</source>
        <translation>&amp;استعادة القيمة الخاسرة</translation>
    </message>
    <message>
        <source>Asking the desk…</source>
        <translation>جارٍ سؤال المكتب…</translation>
    </message>
    <message>
        <source>This library has not joined a desk.</source>
        <translation>لم تنضم هذه المكتبة إلى مكتب.</translation>
    </message>
    <message>
        <source>Connected as %1.</source>
        <translation>متصل باسم %1.</translation>
    </message>
    <message numerus="yes">
        <source>To send: %n change(s)</source>
        <translation>
            <numerusform>للإرسال: لا تغييرات</numerusform>
            <numerusform>للإرسال: تغيير واحد</numerusform>
            <numerusform>للإرسال: تغييران</numerusform>
            <numerusform>للإرسال: %n تغييرات</numerusform>
            <numerusform>للإرسال: %n تغييرًا</numerusform>
            <numerusform>للإرسال: %n تغيير</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n refused by the desk, kept here)</source>
        <translation>
            <numerusform>(لم يرفض المكتب شيئًا)</numerusform>
            <numerusform>(رفض المكتب تغييرًا واحدًا، وهو محفوظ هنا)</numerusform>
            <numerusform>(رفض المكتب تغييرين، وهما محفوظان هنا)</numerusform>
            <numerusform>(رفض المكتب %n تغييرات، وهي محفوظة هنا)</numerusform>
            <numerusform>(رفض المكتب %n تغييرًا، وهي محفوظة هنا)</numerusform>
            <numerusform>(رفض المكتب %n تغيير، وهي محفوظة هنا)</numerusform>
        </translation>
    </message>
    <message>
        <source>To receive: unknown, the desk cannot be reached (%1)</source>
        <translation>للاستلام: غير معروف، تعذّر الوصول إلى المكتب (%1)</translation>
    </message>
    <message numerus="yes">
        <source>To receive: %n change(s)</source>
        <translation>
            <numerusform>للاستلام: لا تغييرات</numerusform>
            <numerusform>للاستلام: تغيير واحد</numerusform>
            <numerusform>للاستلام: تغييران</numerusform>
            <numerusform>للاستلام: %n تغييرات</numerusform>
            <numerusform>للاستلام: %n تغييرًا</numerusform>
            <numerusform>للاستلام: %n تغيير</numerusform>
        </translation>
    </message>
    <message>
        <source>never</source>
        <translation>أبدًا</translation>
    </message>
    <message>
        <source>Last sync: %1</source>
        <translation>آخر مزامنة: %1</translation>
    </message>
    <message>
        <source>Last problem: %1</source>
        <translation>آخر مشكلة: %1</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>مُستعاد</translation>
    </message>
    <message>
        <source>The desk said: %1</source>
        <translation>قال المكتب: %1</translation>
    </message>
    <message>
        <source>Type the desk&apos;s address first.</source>
        <translation>اكتب عنوان المكتب أولًا.</translation>
    </message>
    <message>
        <source>Joining…</source>
        <translation>جارٍ الانضمام…</translation>
    </message>
    <message>
        <source>The password in the address was used once and not saved: put it in ~/.pgpass so that syncs can log in.</source>
        <translation>استُعملت كلمة المرور التي في العنوان مرة واحدة ولم تُحفظ: ضعها في ⁦~/.pgpass⁩ لتتمكن المزامنة من تسجيل الدخول.</translation>
    </message>
</context>
<context>
    <name>DeskSync</name>
    <message>
        <source>Desk</source>
        <extracomment>Background sync interval when none is set (seconds). After a failed sync (offline), the next try comes sooner. A short line on the desk&apos;s state for the status bar (&quot;&quot; when not joined). A sync finished (a SyncReport) or failed (a message).</extracomment>
        <translation>المكتب</translation>
    </message>
    <message>
        <source>Desk: last synced %1</source>
        <translation>المكتب: آخر مزامنة %1</translation>
    </message>
    <message>
        <source>Desk: not synced yet</source>
        <translation>المكتب: لم تتم المزامنة بعد</translation>
    </message>
    <message>
        <source>Desk: syncing…</source>
        <translation>المكتب: جارٍ المزامنة…</translation>
    </message>
    <message>
        <source>Desk: synced %1 (sent %2, received %3)</source>
        <translation>المكتب: تمت المزامنة %1 (أُرسل %2، واستُلم %3)</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) refused by the desk, kept here</source>
        <translation>
            <numerusform>لم يرفض المكتب أي تغيير</numerusform>
            <numerusform>رفض المكتب تغييرًا واحدًا، وهو محفوظ هنا</numerusform>
            <numerusform>رفض المكتب تغييرين، وهما محفوظان هنا</numerusform>
            <numerusform>رفض المكتب %n تغييرات، وهي محفوظة هنا</numerusform>
            <numerusform>رفض المكتب %n تغييرًا، وهي محفوظة هنا</numerusform>
            <numerusform>رفض المكتب %n تغيير، وهي محفوظة هنا</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new conflict(s)</source>
        <translation>
            <numerusform>لا تعارضات جديدة</numerusform>
            <numerusform>تعارض جديد واحد</numerusform>
            <numerusform>تعارضان جديدان</numerusform>
            <numerusform>%n تعارضات جديدة</numerusform>
            <numerusform>%n تعارضًا جديدًا</numerusform>
            <numerusform>%n تعارض جديد</numerusform>
        </translation>
    </message>
    <message>
        <source>Desk: not synced, your changes are kept; retrying later</source>
        <translation>المكتب: لم تتم المزامنة، تغييراتك محفوظة؛ ستُعاد المحاولة لاحقًا</translation>
    </message>
</context>
<context>
    <name>EntitiesTab</name>
    <message>
        <source>No article is open.</source>
        <extracomment>Types whose canonical name is a normalised value (37000000000 USD), not a name. Select and show this document range (start, end). (action, EntityGroup, value, type): accept/reject/rename/retype/merge asked. Add the text selected in the article as an entity of this type.</extracomment>
        <translation>لا يوجد مقال مفتوح.</translation>
    </message>
    <message>
        <source>No entities found.</source>
        <translation>لم يُعثر على كيانات.</translation>
    </message>
    <message>
        <source>%1: %2 of %3</source>
        <translation>%1: %2 من %3</translation>
    </message>
    <message>
        <source>Go to Next Occurrence</source>
        <translation>الانتقال إلى الورود التالي</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>قبول</translation>
    </message>
    <message>
        <source>Reject (Not an Entity)</source>
        <translation>رفض (ليس كيانًا)</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>إعادة تسمية…</translation>
    </message>
    <message>
        <source>Change Type</source>
        <translation>تغيير النوع</translation>
    </message>
    <message>
        <source>Merge With…</source>
        <translation>دمج مع…</translation>
    </message>
    <message>
        <source>Add Selected Text As</source>
        <translation>إضافة النص المحدد بوصفه</translation>
    </message>
    <message>
        <source>Rename Entity</source>
        <translation>إعادة تسمية الكيان</translation>
    </message>
    <message>
        <source>Canonical name for “%1”:</source>
        <translation>الاسم المعتمد لـ«%1»:</translation>
    </message>
    <message>
        <source>Merge Entities</source>
        <translation>دمج الكيانات</translation>
    </message>
    <message>
        <source>Make “%1” the same entity as:</source>
        <translation>اجعل «%1» الكيانَ نفسه مثل:</translation>
    </message>
</context>
<context>
    <name>EntityService</name>
    <message>
        <source>Accept entity</source>
        <extracomment>The teachings changed (a decision was stored, or removed by undo). A user message when the library refused a write; nothing was changed.</extracomment>
        <translation>قبول الكيان</translation>
    </message>
    <message>
        <source>Reject entity</source>
        <translation>رفض الكيان</translation>
    </message>
    <message>
        <source>Rename entity</source>
        <translation>إعادة تسمية الكيان</translation>
    </message>
    <message>
        <source>Change entity type</source>
        <translation>تغيير نوع الكيان</translation>
    </message>
    <message>
        <source>Merge entities</source>
        <translation>دمج الكيانات</translation>
    </message>
    <message>
        <source>Add entity</source>
        <translation>إضافة كيان</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Could not import a file.</source>
        <translation>تعذّر استيراد ملف.</translation>
    </message>
    <message>
        <source>Could not import %1 files.</source>
        <translation>تعذّر استيراد ملفات عددها %1.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>استيراد</translation>
    </message>
    <message>
        <source>the library file is not a database (it may have been overwritten or damaged)</source>
        <translation>ملف المكتبة ليس قاعدة بيانات (ربما كُتب فوقه أو تلف)</translation>
    </message>
    <message>
        <source>the library file is damaged</source>
        <translation>ملف المكتبة تالف</translation>
    </message>
    <message>
        <source>the library is busy in another program</source>
        <translation>المكتبة مشغولة في برنامج آخر</translation>
    </message>
    <message>
        <source>the library cannot be written (it is read-only)</source>
        <translation>لا يمكن الكتابة في المكتبة (هي للقراءة فقط)</translation>
    </message>
    <message>
        <source>the disk could not be read or written</source>
        <translation>تعذّرت القراءة من القرص أو الكتابة عليه</translation>
    </message>
    <message>
        <source>the library file cannot be opened</source>
        <translation>لا يمكن فتح ملف المكتبة</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>القرص ممتلئ</translation>
    </message>
    <message>
        <source>the computer ran out of memory</source>
        <translation>نفدت ذاكرة الحاسوب</translation>
    </message>
    <message>
        <source>a bug in the reader (%1)</source>
        <translation>علّة برمجية في القارئ (%1)</translation>
    </message>
    <message>
        <source>Something went wrong with “%1”: %2.</source>
        <translation>حدث خطأ في «%1»: %2.</translation>
    </message>
    <message>
        <source>Something went wrong: %1.</source>
        <translation>حدث خطأ: %1.</translation>
    </message>
    <message>
        <source>You can keep working. Please report the details below.</source>
        <translation>يمكنك مواصلة العمل. يُرجى الإبلاغ عن التفاصيل أدناه.</translation>
    </message>
    <message>
        <source>Unexpected error</source>
        <translation>خطأ غير متوقع</translation>
    </message>
</context>
<context>
    <name>ExchangeActions</name>
    <message>
        <source>XLIFF 1.2…</source>
        <translation>XLIFF 1.2…</translation>
    </message>
    <message>
        <source>XLIFF (*.xlf)</source>
        <translation>XLIFF (*.xlf)</translation>
    </message>
    <message>
        <source>XLIFF 2.0…</source>
        <translation>XLIFF 2.0…</translation>
    </message>
    <message>
        <source>TMX (This Article)…</source>
        <translation>TMX (هذا المقال)…</translation>
    </message>
    <message>
        <source>TMX (*.tmx)</source>
        <translation>TMX (*.tmx)</translation>
    </message>
    <message>
        <source>Bilingual HTML…</source>
        <translation>جدول ثنائي اللغة بصيغة HTML…</translation>
    </message>
    <message>
        <source>HTML (*.html)</source>
        <translation>HTML (*.html)</translation>
    </message>
    <message>
        <source>Bilingual Word Table…</source>
        <translation>جدول Word ثنائي اللغة…</translation>
    </message>
    <message>
        <source>Word (*.docx)</source>
        <translation>Word (*.docx)</translation>
    </message>
    <message>
        <source>Terms of This Article (TBX)…</source>
        <translation>مصطلحات هذا المقال (TBX)…</translation>
    </message>
    <message>
        <source>TBX (*.tbx)</source>
        <translation>TBX (*.tbx)</translation>
    </message>
    <message>
        <source>Whole Translation Memory (TMX)…</source>
        <translation>ذاكرة الترجمة كلها (TMX)…</translation>
    </message>
    <message>
        <source>All My Terms (TBX)…</source>
        <translation>كل مصطلحاتي (TBX)…</translation>
    </message>
    <message>
        <source>All My Terms (CSV)…</source>
        <translation>كل مصطلحاتي (CSV)…</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>&amp;Import Translation, Memory or Terms…</source>
        <translation>&amp;استيراد ترجمة أو ذاكرة أو مصطلحات…</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;تصدير</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>تصدير</translation>
    </message>
    <message>
        <source>Written to %1</source>
        <translation>كُتب في %1</translation>
    </message>
    <message>
        <source>Import Translation, Memory or Terms</source>
        <translation>استيراد ترجمة أو ذاكرة أو مصطلحات</translation>
    </message>
    <message>
        <source>Translation files (*.xlf *.xliff *.tmx *.tbx *.csv);;All files (*)</source>
        <translation>ملفات الترجمة (*.xlf *.xliff *.tmx *.tbx *.csv);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>استيراد</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Find in article (diacritics and letter forms ignored)</source>
        <translation>بحث في المقال (مع تجاهل التشكيل وصور الحروف)</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>السابق</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>التالي</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>لا نتائج</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 من %2</translation>
    </message>
</context>
<context>
    <name>HelperPanel</name>
    <message>
        <source>In the segment</source>
        <extracomment>Matches that have a key to insert them (Ctrl+1 ...). A term&apos;s target to insert. An orphaned segment chosen (its uuid). The translator asks to remove one of their terms (its uuid).</extracomment>
        <translation>في المقطع</translation>
    </message>
    <message>
        <source>Translation</source>
        <translation>الترجمة</translation>
    </message>
    <message>
        <source>From</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <source>Translation memory (Ctrl+1, Ctrl+2, Ctrl+3 insert)</source>
        <translation>ذاكرة الترجمة (Ctrl+1 وCtrl+2 وCtrl+3 للإدراج)</translation>
    </message>
    <message>
        <source>Terms (double-click inserts)</source>
        <translation>المصطلحات (النقر المزدوج يُدرج)</translation>
    </message>
    <message>
        <source>Orphaned segments (no longer in the article)</source>
        <translation>مقاطع يتيمة (لم تعد في المقال)</translation>
    </message>
    <message>
        <source>No similar segment in the memory.</source>
        <translation>لا مقطع مشابهًا في الذاكرة.</translation>
    </message>
    <message>
        <source>exact</source>
        <translation>مطابق</translation>
    </message>
    <message>
        <source>Insert the Translation</source>
        <translation>إدراج الترجمة</translation>
    </message>
    <message>
        <source>Remove This Term</source>
        <translation>حذف هذا المصطلح</translation>
    </message>
</context>
<context>
    <name>ImportController</name>
    <message>
        <source>Cancel</source>
        <extracomment>How long a cancelled import may take to stop before it is left to end in the background. How long closing the window waits for a running import to stop, then for an interrupted one. Cancelled imports still running, kept referenced until their thread ends (a QThread must not be destroyed while it runs). The report of a finished (or cancelled) import.</extracomment>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Importing %v of %m</source>
        <translation>استيراد %v من %m</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>جارٍ الاستيراد…</translation>
    </message>
    <message>
        <source>Cancelling the import…</source>
        <translation>جارٍ إلغاء الاستيراد…</translation>
    </message>
    <message>
        <source>Import cancelled. The file being read is left to finish in the background; it will not be saved.</source>
        <translation>أُلغي الاستيراد. يُترك الملف الجاري قراءته ليكتمل في الخلفية، ولن يُحفظ.</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>جارٍ استيراد %1…</translation>
    </message>
    <message>
        <source>The import stopped on an error.</source>
        <translation>توقف الاستيراد بسبب خطأ.</translation>
    </message>
    <message>
        <source>Import cancelled; files imported before: %1.</source>
        <translation>أُلغي الاستيراد؛ الملفات المستوردة قبل الإلغاء: %1.</translation>
    </message>
    <message>
        <source>Files imported: %1; could not import: %2.</source>
        <translation>الملفات المستوردة: %1؛ وتعذّر استيراد: %2.</translation>
    </message>
    <message>
        <source>Files imported: %1.</source>
        <translation>الملفات المستوردة: %1.</translation>
    </message>
</context>
<context>
    <name>LibraryCounts</name>
    <message>
        <source>unknown words: %1 · new terms: %2</source>
        <translation>كلمات غير معروفة: %1 · مصطلحات جديدة: %2</translation>
    </message>
</context>
<context>
    <name>LibraryPane</name>
    <message>
        <source>Search the library…</source>
        <extracomment>Another feature&apos;s line for an entry (the vocabulary&apos;s counts), or None.</extracomment>
        <translation>البحث في المكتبة…</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(بلا عنوان)</translation>
    </message>
    <message>
        <source>annotations: %1</source>
        <translation>التعليقات: %1</translation>
    </message>
    <message>
        <source>note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <source>Nothing found for “%1”.</source>
        <translation>لا نتائج لـ«%1».</translation>
    </message>
</context>
<context>
    <name>LibraryState</name>
    <message>
        <source>Whether your library “%1” is saved is not known.</source>
        <translation>لا يُعرف إن كانت مكتبتك «%1» محفوظة.</translation>
    </message>
    <message>
        <source>Your library “%1” cannot be read now (%2): whether your latest changes are saved is not known. Keep the file, quit and open the reader again.</source>
        <translation>لا يمكن قراءة مكتبتك «%1» الآن (%2): لا يُعرف إن كانت آخر تغييراتك محفوظة. احتفظ بالملف، وأغلق القارئ ثم افتحه من جديد.</translation>
    </message>
    <message>
        <source>A change to your library “%1” was being written and was not finished: it may not be saved. Changes saved before it are kept.</source>
        <translation>كان تغيير يُكتب في مكتبتك «%1» ولم يكتمل: ربما لم يُحفظ. التغييرات التي حُفظت قبله باقية.</translation>
    </message>
    <message>
        <source>Your last change to the library “%1” could not be saved (%2); changes saved before it are kept.</source>
        <translation>تعذّر حفظ آخر تغيير في المكتبة «%1» (%2)؛ التغييرات التي حُفظت قبله باقية.</translation>
    </message>
    <message>
        <source>Your library “%1” is saved: every change shown as saved has been written to it.</source>
        <translation>مكتبتك «%1» محفوظة: كُتب فيها كل تغيير ظهر أنه حُفظ.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Arabic News Reader</source>
        <extracomment>The article now shown (a Document), or None.</extracomment>
        <translation>قارئ الأخبار العربية</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;تراجع</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>إ&amp;عادة</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>التعليقات</translation>
    </message>
    <message>
        <source>This library is read-only (its file or folder cannot be written): you can read, search and export, but changes are not saved.</source>
        <translation>هذه المكتبة للقراءة فقط (لا يمكن الكتابة في ملفها أو مجلدها): يمكنك القراءة والبحث والتصدير، لكن التغييرات لا تُحفظ.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>فتح</translation>
    </message>
    <message>
        <source>This article was changed by another program; it was reloaded.</source>
        <translation>غيّر برنامج آخر هذا المقال؛ فأُعيد تحميله.</translation>
    </message>
    <message>
        <source>Annotations changed by another program are shown.</source>
        <translation>تظهر الآن التعليقات التي غيّرها برنامج آخر.</translation>
    </message>
    <message numerus="yes">
        <source>The library is busy (another program is writing to it): %n change(s) waiting to be saved…</source>
        <translation>
            <numerusform>المكتبة مشغولة (برنامج آخر يكتب فيها): لا تغييرات تنتظر الحفظ…</numerusform>
            <numerusform>المكتبة مشغولة (برنامج آخر يكتب فيها): تغيير واحد ينتظر الحفظ…</numerusform>
            <numerusform>المكتبة مشغولة (برنامج آخر يكتب فيها): تغييران ينتظران الحفظ…</numerusform>
            <numerusform>المكتبة مشغولة (برنامج آخر يكتب فيها): %n تغييرات تنتظر الحفظ…</numerusform>
            <numerusform>المكتبة مشغولة (برنامج آخر يكتب فيها): %n تغييرًا ينتظر الحفظ…</numerusform>
            <numerusform>المكتبة مشغولة (برنامج آخر يكتب فيها): %n تغيير ينتظر الحفظ…</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>حُفظ.</translation>
    </message>
    <message>
        <source>Import Articles</source>
        <translation>استيراد مقالات</translation>
    </message>
    <message>
        <source>Articles (%1);;All files (*)</source>
        <translation>المقالات (%1);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>لا ملفات حديثة</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>لم يُحفظ بعد</translation>
    </message>
    <message numerus="yes">
        <source>The library is still busy (another program is writing to it), so %n change(s) could not be saved yet. Wait and try again, or quit without them?</source>
        <translation>
            <numerusform>المكتبة ما زالت مشغولة (برنامج آخر يكتب فيها)، فلم يُحفظ أي تغيير بعد. أتنتظر وتحاول مرة أخرى، أم تخرج من دونها؟</numerusform>
            <numerusform>المكتبة ما زالت مشغولة (برنامج آخر يكتب فيها)، فلم يُحفظ تغيير واحد بعد. أتنتظر وتحاول مرة أخرى، أم تخرج من دونه؟</numerusform>
            <numerusform>المكتبة ما زالت مشغولة (برنامج آخر يكتب فيها)، فلم يُحفظ تغييران بعد. أتنتظر وتحاول مرة أخرى، أم تخرج من دونهما؟</numerusform>
            <numerusform>المكتبة ما زالت مشغولة (برنامج آخر يكتب فيها)، فلم تُحفظ %n تغييرات بعد. أتنتظر وتحاول مرة أخرى، أم تخرج من دونها؟</numerusform>
            <numerusform>المكتبة ما زالت مشغولة (برنامج آخر يكتب فيها)، فلم يُحفظ %n تغييرًا بعد. أتنتظر وتحاول مرة أخرى، أم تخرج من دونها؟</numerusform>
            <numerusform>المكتبة ما زالت مشغولة (برنامج آخر يكتب فيها)، فلم يُحفظ %n تغيير بعد. أتنتظر وتحاول مرة أخرى، أم تخرج من دونها؟</numerusform>
        </translation>
    </message>
    <message>
        <source>Wait and Try Again</source>
        <translation>انتظر وحاول مرة أخرى</translation>
    </message>
    <message>
        <source>Quit Without Them</source>
        <translation>اخرج من دونها</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Folder</source>
        <comment>All other platforms</comment>
        <translation>مجلد</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>ا&amp;بحث في:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>الملفات من ال&amp;نوع:</translation>
    </message>
</context>
<context>
    <name>ReportExport</name>
    <message>
        <source>Cancel</source>
        <extracomment>How long closing the window waits for a cancelled report process to end (ms). The process ended: (written, message): message is the command&apos;s error, one line. A report job ended: (written, path).</extracomment>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation>جارٍ كتابة التقرير…</translation>
    </message>
    <message>
        <source>Report cancelled.</source>
        <translation>أُلغيت كتابة التقرير.</translation>
    </message>
    <message>
        <source>Report written to %1</source>
        <translation>كُتب التقرير في %1</translation>
    </message>
    <message>
        <source>Export Attribution Report</source>
        <translation>تصدير تقرير الإسناد</translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <source>Review Saved Words</source>
        <translation>مراجعة الكلمات المحفوظة</translation>
    </message>
    <message>
        <source>Show Answer (Space)</source>
        <translation>إظهار الإجابة (مسافة)</translation>
    </message>
    <message>
        <source>Again</source>
        <translation>مرة أخرى</translation>
    </message>
    <message>
        <source>Hard</source>
        <translation>صعبة</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>جيدة</translation>
    </message>
    <message>
        <source>Easy</source>
        <translation>سهلة</translation>
    </message>
    <message numerus="yes">
        <source>Reviewed: %n</source>
        <translation>
            <numerusform>روجعت: لا شيء</numerusform>
            <numerusform>روجعت: بطاقة واحدة</numerusform>
            <numerusform>روجعت: بطاقتان</numerusform>
            <numerusform>روجعت: %n بطاقات</numerusform>
            <numerusform>روجعت: %n بطاقة</numerusform>
            <numerusform>روجعت: %n بطاقة</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing more is due. Well done.</source>
        <translation>لم يبق شيء مستحق للمراجعة. أحسنت.</translation>
    </message>
    <message>
        <source>Card %1 of %2</source>
        <translation>البطاقة %1 من %2</translation>
    </message>
    <message>
        <source>(no gloss)</source>
        <translation>(بلا ترجمة)</translation>
    </message>
</context>
<context>
    <name>ReviewService</name>
    <message>
        <source>Review claim</source>
        <extracomment>(doc id, claim key) after a review was committed. A user message when the library refused a write; nothing was changed.</extracomment>
        <translation>مراجعة القول</translation>
    </message>
    <message>
        <source>The review of this claim was changed elsewhere (another window or program) in the meantime; it was left as it is now.</source>
        <translation>غُيّرت مراجعة هذا القول في مكان آخر (نافذة أو برنامج آخر) في الأثناء؛ فتُركت كما هي الآن.</translation>
    </message>
</context>
<context>
    <name>Screenshot</name>
    <message>
        <source>Example note: check this figure against the source.</source>
        <translation>ملاحظة للمثال: تحقّق من هذا الرقم في المصدر.</translation>
    </message>
</context>
<context>
    <name>SegmentEditor</name>
    <message>
        <source>Type the translation here. Ctrl+Enter confirms it and moves to the next untranslated segment.</source>
        <extracomment>The target text as typed. The note, when the translator leaves the field.</extracomment>
        <translation>اكتب الترجمة هنا. Ctrl+Enter يؤكدها وينتقل إلى المقطع التالي غير المترجم.</translation>
    </message>
    <message>
        <source>Translator&apos;s note for this segment</source>
        <translation>ملاحظة المترجم على هذا المقطع</translation>
    </message>
    <message>
        <source>No segment</source>
        <translation>لا مقطع</translation>
    </message>
    <message>
        <source>Segment %1 of %2 · %3</source>
        <translation>المقطع %1 من %2 · %3</translation>
    </message>
    <message>
        <source>The source changed in a revised article; check the translation (was → now):</source>
        <translation>تغيّر النص الأصلي في نسخة منقحة من المقال؛ راجع الترجمة (كان ← صار):</translation>
    </message>
</context>
<context>
    <name>SegmentModel</name>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>النص الأصلي</translation>
    </message>
    <message>
        <source>Translation</source>
        <translation>الترجمة</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>The source changed in a revised article; it was:
%1</source>
        <translation>تغيّر النص الأصلي في نسخة منقحة من المقال؛ كان:
%1</translation>
    </message>
</context>
<context>
    <name>SelectionToolbar</name>
    <message>
        <source>Highlight in %1</source>
        <translation>تظليل بال%1</translation>
    </message>
    <message>
        <source>Note…</source>
        <translation>ملاحظة…</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>نسخ</translation>
    </message>
    <message>
        <source>Copy with citation</source>
        <translation>نسخ مع الإحالة</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
</context>
<context>
    <name>SourcesTab</name>
    <message>
        <source>No article is open.</source>
        <extracomment>Go to this claim (its key).</extracomment>
        <translation>لا يوجد مقال مفتوح.</translation>
    </message>
    <message>
        <source>No source given</source>
        <translation>بلا مصدر</translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s)</source>
        <translation>
            <numerusform>لا أقوال</numerusform>
            <numerusform>قول واحد</numerusform>
            <numerusform>قولان</numerusform>
            <numerusform>%n أقوال</numerusform>
            <numerusform>%n قولًا</numerusform>
            <numerusform>%n قول</numerusform>
        </translation>
    </message>
    <message>
        <source>No claims found.</source>
        <translation>لم يُعثر على أقوال منسوبة.</translation>
    </message>
</context>
<context>
    <name>TermDialog</name>
    <message>
        <source>Add Term</source>
        <translation>إضافة مصطلح</translation>
    </message>
    <message>
        <source>e.g. finance, law</source>
        <translation>مثلًا: مال، قانون</translation>
    </message>
    <message>
        <source>Source term</source>
        <translation>المصطلح الأصلي</translation>
    </message>
    <message>
        <source>Target term</source>
        <translation>المصطلح المقابل</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>المجال</translation>
    </message>
</context>
<context>
    <name>TextMenu</name>
    <message>
        <source>Review Claim</source>
        <extracomment>(claim key, status) chosen from the text&apos;s menu. Show this claim&apos;s review in the Claims tab. Add the selected text as an entity of this type.</extracomment>
        <translation>مراجعة القول</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>كيان</translation>
    </message>
    <message>
        <source>Mark Selection as Entity</source>
        <translation>وسم النص المحدد بوصفه كيانًا</translation>
    </message>
    <message>
        <source>Note and History…</source>
        <translation>الملاحظة والسجل…</translation>
    </message>
    <message>
        <source>Entity: %1</source>
        <translation>الكيان: %1</translation>
    </message>
</context>
<context>
    <name>Themes</name>
    <message>
        <source>Light</source>
        <translation>فاتح</translation>
    </message>
    <message>
        <source>Sepia</source>
        <translation>سيبيا</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>داكن</translation>
    </message>
</context>
<context>
    <name>TranslateLabels</name>
    <message>
        <source>draft</source>
        <translation>مسودة</translation>
    </message>
    <message>
        <source>translated</source>
        <translation>مترجم</translation>
    </message>
    <message>
        <source>reviewed</source>
        <translation>مُراجَع</translation>
    </message>
    <message>
        <source>my term</source>
        <translation>مصطلحي</translation>
    </message>
    <message>
        <source>name</source>
        <translation>اسم</translation>
    </message>
    <message>
        <source>glossary</source>
        <translation>المسرد</translation>
    </message>
    <message>
        <source>exact</source>
        <translation>مطابق</translation>
    </message>
    <message>
        <source>with clitic</source>
        <translation>مع سابقة</translation>
    </message>
    <message>
        <source>other form</source>
        <translation>صيغة أخرى</translation>
    </message>
</context>
<context>
    <name>TranslationFeature</name>
    <message>
        <source>&amp;Translate This Article…</source>
        <translation>&amp;ترجمة هذا المقال…</translation>
    </message>
    <message>
        <source>&amp;Translate</source>
        <translation>ت&amp;رجمة</translation>
    </message>
</context>
<context>
    <name>TranslationService</name>
    <message>
        <source>Confirm segment</source>
        <extracomment>How long after the last keystroke the target is written (ms). (document id, segment uuids) after a change was committed (or undone). A term was added, edited or removed. A user message: the library refused a write; nothing was changed.</extracomment>
        <translation>تأكيد المقطع</translation>
    </message>
    <message>
        <source>Merge segments</source>
        <translation>دمج المقاطع</translation>
    </message>
    <message>
        <source>Split segment</source>
        <translation>قسمة المقطع</translation>
    </message>
    <message>
        <source>This segment was changed elsewhere (another window or program) after your change, so undoing or redoing it would overwrite that change. It was left as it is now.</source>
        <translation>تغيّر هذا المقطع في مكان آخر (نافذة أو برنامج آخر) بعد تغييرك، فالتراجع عنه أو إعادته كان سيمحو ذلك التغيير. تُرك كما هو الآن.</translation>
    </message>
    <message>
        <source>Add term</source>
        <translation>إضافة مصطلح</translation>
    </message>
    <message>
        <source>Remove term</source>
        <translation>حذف مصطلح</translation>
    </message>
    <message>
        <source>Typing</source>
        <translation>الكتابة</translation>
    </message>
</context>
<context>
    <name>TranslationWindow</name>
    <message>
        <source>&amp;Confirm and Go to Next Untranslated</source>
        <extracomment>How often the window checks whether another program changed the translation (ms).</extracomment>
        <translation>&amp;تأكيد والانتقال إلى التالي غير المترجم</translation>
    </message>
    <message>
        <source>Mark &amp;Reviewed and Go to Next Unreviewed</source>
        <translation>وسمه &amp;مُراجَعًا والانتقال إلى التالي غير المُراجَع</translation>
    </message>
    <message>
        <source>Set Back to &amp;Draft</source>
        <translation>إعادته إلى &amp;مسودة</translation>
    </message>
    <message>
        <source>&amp;Next Segment</source>
        <translation>المقطع &amp;التالي</translation>
    </message>
    <message>
        <source>&amp;Previous Segment</source>
        <translation>المقطع ال&amp;سابق</translation>
    </message>
    <message>
        <source>Next &amp;Untranslated</source>
        <translation>التالي غير ال&amp;مترجم</translation>
    </message>
    <message>
        <source>Next Un&amp;reviewed</source>
        <translation>التالي غير ال&amp;مُراجَع</translation>
    </message>
    <message>
        <source>&amp;Merge with Next Segment</source>
        <translation>&amp;دمج مع المقطع التالي</translation>
    </message>
    <message>
        <source>&amp;Split at the Source Cursor</source>
        <translation>&amp;قسمة عند المؤشر في النص الأصلي</translation>
    </message>
    <message>
        <source>Copy Source to Target</source>
        <translation>نسخ النص الأصلي إلى الترجمة</translation>
    </message>
    <message>
        <source>Add &amp;Term from Selection…</source>
        <translation>إضافة &amp;مصطلح من التحديد…</translation>
    </message>
    <message>
        <source>Insert Memory Match %1</source>
        <translation>إدراج مطابقة الذاكرة %1</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;تراجع</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;إعادة</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;إغلاق</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;تحرير</translation>
    </message>
    <message>
        <source>&amp;Segment</source>
        <translation>&amp;مقطع</translation>
    </message>
    <message>
        <source>Translation</source>
        <translation>الترجمة</translation>
    </message>
    <message>
        <source>Target language:</source>
        <translation>لغة الترجمة:</translation>
    </message>
    <message>
        <source>Translate: %1</source>
        <translation>ترجمة: %1</translation>
    </message>
    <message>
        <source>%1 of %2 segments · %3 of %4 words · %5 reviewed</source>
        <translation>%1 من %2 مقطعًا · %3 من %4 كلمة · %5 مُراجَع</translation>
    </message>
    <message numerus="yes">
        <source>%n to check after a revision</source>
        <translation>
            <numerusform>لا شيء للمراجعة بعد التنقيح</numerusform>
            <numerusform>مقطع واحد للمراجعة بعد التنقيح</numerusform>
            <numerusform>مقطعان للمراجعة بعد التنقيح</numerusform>
            <numerusform>%n مقاطع للمراجعة بعد التنقيح</numerusform>
            <numerusform>%n مقطعًا للمراجعة بعد التنقيح</numerusform>
            <numerusform>%n مقطع للمراجعة بعد التنقيح</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n orphaned</source>
        <translation>
            <numerusform>لا مقاطع يتيمة</numerusform>
            <numerusform>مقطع يتيم واحد</numerusform>
            <numerusform>مقطعان يتيمان</numerusform>
            <numerusform>%n مقاطع يتيمة</numerusform>
            <numerusform>%n مقطعًا يتيمًا</numerusform>
            <numerusform>%n مقطع يتيم</numerusform>
        </translation>
    </message>
    <message>
        <source>Every segment is translated.</source>
        <translation>كل المقاطع مترجمة.</translation>
    </message>
    <message>
        <source>Every segment is reviewed.</source>
        <translation>كل المقاطع مُراجَعة.</translation>
    </message>
    <message>
        <source>Edit note</source>
        <translation>تحرير الملاحظة</translation>
    </message>
    <message>
        <source>Type a translation before confirming it.</source>
        <translation>اكتب ترجمة قبل تأكيدها.</translation>
    </message>
    <message>
        <source>Change status</source>
        <translation>تغيير الحالة</translation>
    </message>
    <message>
        <source>Click in the source where the segment should be split.</source>
        <translation>انقر في النص الأصلي حيث تريد قسمة المقطع.</translation>
    </message>
    <message>
        <source>A segment is split between words, with words on both sides.</source>
        <translation>يُقسَم المقطع بين كلمتين، وتبقى كلمات على الجانبين.</translation>
    </message>
    <message>
        <source>Orphaned segment</source>
        <translation>مقطع يتيم</translation>
    </message>
    <message>
        <source>This segment is no longer in the article&apos;s text. Its translation is kept:

%1

→ %2</source>
        <translation>لم يعد هذا المقطع في نص المقال. ترجمته محفوظة:

%1

← %2</translation>
    </message>
</context>
<context>
    <name>ViewController</name>
    <message>
        <source>Reading</source>
        <translation>القراءة</translation>
    </message>
    <message>
        <source>Font for the article (Arabic fonts only)</source>
        <translation>خط المقال (الخطوط العربية فقط)</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>لغة الواجهة</translation>
    </message>
    <message>
        <source>The interface language will change the next time you start the reader.</source>
        <translation>ستتغير لغة الواجهة في المرة القادمة التي تشغّل فيها القارئ.</translation>
    </message>
</context>
<context>
    <name>VocabFeature</name>
    <message>
        <source>Word</source>
        <translation>الكلمة</translation>
    </message>
    <message>
        <source>Vocabulary</source>
        <translation>المفردات</translation>
    </message>
    <message>
        <source>Review the saved words that are due</source>
        <translation>راجع الكلمات المحفوظة المستحقة</translation>
    </message>
    <message>
        <source>&amp;Learner Reading Mode</source>
        <translation>وضع &amp;قراءة المتعلم</translation>
    </message>
    <message>
        <source>&amp;Underline Glossary Terms</source>
        <translation>&amp;تسطير مصطلحات المسرد</translation>
    </message>
    <message>
        <source>Mark Word &amp;Known</source>
        <translation>تعليم الكلمة &amp;معروفة</translation>
    </message>
    <message>
        <source>Mark Word &amp;Learning (next level)</source>
        <translation>تعليم الكلمة &amp;قيد التعلم (المستوى التالي)</translation>
    </message>
    <message>
        <source>&amp;Ignore Word</source>
        <translation>&amp;تجاهل الكلمة</translation>
    </message>
    <message>
        <source>Mark Word &amp;New</source>
        <translation>تعليم الكلمة &amp;جديدة</translation>
    </message>
    <message>
        <source>&amp;Save Word</source>
        <translation>&amp;حفظ الكلمة</translation>
    </message>
    <message>
        <source>Mark the Rest of the &amp;Page Known</source>
        <translation>تعليم باقي &amp;الصفحة معروفة</translation>
    </message>
    <message>
        <source>&amp;Review Saved Words…</source>
        <translation>&amp;مراجعة الكلمات المحفوظة…</translation>
    </message>
    <message>
        <source>Export Saved Words as &amp;Anki Deck…</source>
        <translation>تصدير الكلمات المحفوظة مجموعة &amp;أنكي…</translation>
    </message>
    <message>
        <source>Export Saved Words as &amp;CSV…</source>
        <translation>تصدير الكلمات المحفوظة بصيغة &amp;CSV…</translation>
    </message>
    <message>
        <source>&amp;Import Word List (CSV)…</source>
        <translation>&amp;استيراد قائمة كلمات (CSV)…</translation>
    </message>
    <message>
        <source>V&amp;ocabulary</source>
        <translation>الم&amp;فردات</translation>
    </message>
    <message>
        <source>Click a word first.</source>
        <translation>انقر كلمة أولا.</translation>
    </message>
    <message>
        <source>The words on this page are still being looked up; try again in a moment.</source>
        <translation>ما زال البحث جاريًا عن كلمات هذه الصفحة؛ أعد المحاولة بعد لحظة.</translation>
    </message>
    <message>
        <source>Mark the rest of the page known</source>
        <translation>تعليم باقي الصفحة معروفة</translation>
    </message>
    <message numerus="yes">
        <source>%n word(s) marked known.</source>
        <translation>
            <numerusform>لم تعلم أي كلمة معروفة.</numerusform>
            <numerusform>علمت كلمة واحدة معروفة.</numerusform>
            <numerusform>علمت كلمتان معروفتين.</numerusform>
            <numerusform>علمت %n كلمات معروفة.</numerusform>
            <numerusform>علمت %n كلمة معروفة.</numerusform>
            <numerusform>علمت %n كلمة معروفة.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save Word</source>
        <translation>حفظ الكلمة</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>لم يحفظ</translation>
    </message>
    <message numerus="yes">
        <source>Due: %n</source>
        <translation>
            <numerusform>المستحق: لا شيء</numerusform>
            <numerusform>المستحق: واحدة</numerusform>
            <numerusform>المستحق: اثنتان</numerusform>
            <numerusform>المستحق: %n</numerusform>
            <numerusform>المستحق: %n</numerusform>
            <numerusform>المستحق: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Vocabulary (%n due)</source>
        <translation>
            <numerusform>المفردات (لا مستحق)</numerusform>
            <numerusform>المفردات (واحدة مستحقة)</numerusform>
            <numerusform>المفردات (اثنتان مستحقتان)</numerusform>
            <numerusform>المفردات (%n مستحقة)</numerusform>
            <numerusform>المفردات (%n مستحقة)</numerusform>
            <numerusform>المفردات (%n مستحقة)</numerusform>
        </translation>
    </message>
    <message>
        <source>Export</source>
        <translation>تصدير</translation>
    </message>
    <message>
        <source>There are no saved words yet.</source>
        <translation>لا توجد كلمات محفوظة بعد.</translation>
    </message>
    <message>
        <source>Anki deck (*.apkg)</source>
        <translation>مجموعة أنكي (*.apkg)</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export Saved Words</source>
        <translation>تصدير الكلمات المحفوظة</translation>
    </message>
    <message numerus="yes">
        <source>%n word(s) exported.</source>
        <translation>
            <numerusform>لم تصدر أي كلمة.</numerusform>
            <numerusform>صدرت كلمة واحدة.</numerusform>
            <numerusform>صدرت كلمتان.</numerusform>
            <numerusform>صدرت %n كلمات.</numerusform>
            <numerusform>صدرت %n كلمة.</numerusform>
            <numerusform>صدرت %n كلمة.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import Word List</source>
        <translation>استيراد قائمة كلمات</translation>
    </message>
    <message>
        <source>Word lists (*.csv *.txt *.tsv);;All files (*)</source>
        <translation>قوائم الكلمات (*.csv *.txt *.tsv);;كل الملفات (*)</translation>
    </message>
    <message numerus="yes">
        <source>%n word(s) imported.</source>
        <translation>
            <numerusform>لم تستورد أي كلمة.</numerusform>
            <numerusform>استوردت كلمة واحدة.</numerusform>
            <numerusform>استوردت كلمتان.</numerusform>
            <numerusform>استوردت %n كلمات.</numerusform>
            <numerusform>استوردت %n كلمة.</numerusform>
            <numerusform>استوردت %n كلمة.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VocabLabels</name>
    <message>
        <source>New</source>
        <translation>جديدة</translation>
    </message>
    <message>
        <source>Learning 1</source>
        <translation>قيد التعلم 1</translation>
    </message>
    <message>
        <source>Learning 2</source>
        <translation>قيد التعلم 2</translation>
    </message>
    <message>
        <source>Learning 3</source>
        <translation>قيد التعلم 3</translation>
    </message>
    <message>
        <source>Learning 4</source>
        <translation>قيد التعلم 4</translation>
    </message>
    <message>
        <source>Known</source>
        <translation>معروفة</translation>
    </message>
    <message>
        <source>Ignored</source>
        <translation>متجاهلة</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>تجاهل</translation>
    </message>
    <message>
        <source>noun</source>
        <translation>اسم</translation>
    </message>
    <message>
        <source>verb</source>
        <translation>فعل</translation>
    </message>
    <message>
        <source>adjective</source>
        <translation>صفة</translation>
    </message>
    <message>
        <source>adverb</source>
        <translation>ظرف</translation>
    </message>
    <message>
        <source>phrase</source>
        <translation>عبارة</translation>
    </message>
    <message>
        <source>particle</source>
        <translation>حرف</translation>
    </message>
    <message>
        <source>name</source>
        <translation>اسم علم</translation>
    </message>
    <message>
        <source>number</source>
        <translation>عدد</translation>
    </message>
    <message>
        <source>foreign word</source>
        <translation>كلمة أجنبية</translation>
    </message>
    <message>
        <source>banking</source>
        <translation>المصارف</translation>
    </message>
    <message>
        <source>lending and credit</source>
        <translation>الإقراض والائتمان</translation>
    </message>
    <message>
        <source>markets and securities</source>
        <translation>الأسواق والأوراق المالية</translation>
    </message>
    <message>
        <source>payments and fintech</source>
        <translation>المدفوعات والتقنية المالية</translation>
    </message>
    <message>
        <source>regulation and competition</source>
        <translation>التنظيم والمنافسة</translation>
    </message>
    <message>
        <source>public finance</source>
        <translation>المالية العامة</translation>
    </message>
    <message>
        <source>trade</source>
        <translation>التجارة</translation>
    </message>
    <message>
        <source>energy</source>
        <translation>الطاقة</translation>
    </message>
    <message>
        <source>accounting and results</source>
        <translation>المحاسبة والنتائج</translation>
    </message>
    <message>
        <source>companies and deals</source>
        <translation>الشركات والصفقات</translation>
    </message>
    <message>
        <source>economy</source>
        <translation>الاقتصاد</translation>
    </message>
</context>
<context>
    <name>VocabService</name>
    <message>
        <source>Change word status</source>
        <extracomment>What changed: &quot;status&quot;, &quot;saved&quot; or &quot;review&quot;. A user message when the library refused a write; nothing was changed.</extracomment>
        <translation>تغيير حالة الكلمة</translation>
    </message>
    <message>
        <source>Save word</source>
        <translation>حفظ كلمة</translation>
    </message>
    <message>
        <source>Edit gloss</source>
        <translation>تعديل الترجمة</translation>
    </message>
    <message>
        <source>Delete saved word</source>
        <translation>حذف كلمة محفوظة</translation>
    </message>
    <message>
        <source>Import word list</source>
        <translation>استيراد قائمة كلمات</translation>
    </message>
    <message>
        <source>Review word</source>
        <translation>مراجعة كلمة</translation>
    </message>
</context>
<context>
    <name>VocabWorker</name>
    <message>
        <source>ended by signal %1</source>
        <translation>أُنهي بالإشارة %1</translation>
    </message>
    <message>
        <source>exit code %1</source>
        <translation>رمز الخروج %1</translation>
    </message>
    <message>
        <source>no answer in %1 s</source>
        <translation>لا إجابة خلال %1 ثانية</translation>
    </message>
    <message>
        <source>The word analyser stopped (%1) and was restarted.</source>
        <translation>توقف المحلل الصرفي (%1) وأُعيد تشغيله.</translation>
    </message>
    <message>
        <source>The word analyser could not start (%1); words are shown without their lemma until the window is reopened.</source>
        <translation>تعذّر تشغيل المحلل الصرفي (%1)؛ تُعرض الكلمات دون أصلها المعجمي حتى تُفتح النافذة من جديد.</translation>
    </message>
    <message>
        <source>The word analyser stopped again (%1); words are shown without their lemma until the window is reopened.</source>
        <translation>توقف المحلل الصرفي مرة أخرى (%1)؛ تُعرض الكلمات دون أصلها المعجمي حتى تُفتح النافذة من جديد.</translation>
    </message>
</context>
<context>
    <name>VocabularyTab</name>
    <message>
        <source>All statuses</source>
        <translation>كل الحالات</translation>
    </message>
    <message>
        <source>Learning</source>
        <translation>قيد التعلم</translation>
    </message>
    <message>
        <source>Word</source>
        <translation>الكلمة</translation>
    </message>
    <message>
        <source>Lemma</source>
        <translation>الأصل المعجمي</translation>
    </message>
    <message>
        <source>Gloss</source>
        <translation>الترجمة</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>الاستحقاق</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>المقال</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>مراجعة</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>Anki…</source>
        <translation>أنكي…</translation>
    </message>
    <message>
        <source>Export the saved words as an Anki deck</source>
        <translation>تصدير الكلمات المحفوظة مجموعة أنكي</translation>
    </message>
    <message>
        <source>CSV…</source>
        <translation>CSV…</translation>
    </message>
    <message>
        <source>Export the saved words as CSV</source>
        <translation>تصدير الكلمات المحفوظة بصيغة CSV</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>استيراد…</translation>
    </message>
    <message>
        <source>Import a CSV word list (word, gloss)</source>
        <translation>استيراد قائمة كلمات CSV (الكلمة، الترجمة)</translation>
    </message>
    <message>
        <source>All domains</source>
        <translation>كل المجالات</translation>
    </message>
    <message>
        <source>All articles</source>
        <translation>كل المقالات</translation>
    </message>
    <message numerus="yes">
        <source>Review (%n due)</source>
        <translation>
            <numerusform>مراجعة (لا مستحق)</numerusform>
            <numerusform>مراجعة (واحدة مستحقة)</numerusform>
            <numerusform>مراجعة (اثنتان مستحقتان)</numerusform>
            <numerusform>مراجعة (%n مستحقة)</numerusform>
            <numerusform>مراجعة (%n مستحقة)</numerusform>
            <numerusform>مراجعة (%n مستحقة)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n saved word(s) shown</source>
        <translation>
            <numerusform>لا كلمات محفوظة معروضة</numerusform>
            <numerusform>كلمة محفوظة واحدة معروضة</numerusform>
            <numerusform>كلمتان محفوظتان معروضتان</numerusform>
            <numerusform>%n كلمات محفوظة معروضة</numerusform>
            <numerusform>%n كلمة محفوظة معروضة</numerusform>
            <numerusform>%n كلمة محفوظة معروضة</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WhoSaidWhatDialog</name>
    <message>
        <source>Who Said What</source>
        <extracomment>Open this article at this claim: (doc id, start, end). The list is filled (after the analyses came in).</extracomment>
        <translation>من قال ماذا</translation>
    </message>
    <message>
        <source>Filter sources…</source>
        <translation>تصفية المصادر…</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>الأقوال</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>المقالات</translation>
    </message>
    <message>
        <source>Reading the analyses of %1 articles…</source>
        <translation>جارٍ قراءة تحليلات المقالات (%1)…</translation>
    </message>
    <message>
        <source>Analysing %1…</source>
        <translation>جارٍ تحليل %1…</translation>
    </message>
    <message>
        <source>Sources: %1 · claims: %2 · articles: %3</source>
        <translation>المصادر: %1، الأقوال: %2، المقالات: %3</translation>
    </message>
</context>
<context>
    <name>WordPanel</name>
    <message>
        <source>Click a word in the article to look it up.</source>
        <translation>انقر كلمة في المقال للبحث عنها.</translation>
    </message>
    <message>
        <source>Normalised</source>
        <translation>الصيغة الموحدة</translation>
    </message>
    <message>
        <source>Vowelled</source>
        <translation>بالتشكيل</translation>
    </message>
    <message>
        <source>Lemma</source>
        <translation>الأصل المعجمي</translation>
    </message>
    <message>
        <source>Root</source>
        <translation>الجذر</translation>
    </message>
    <message>
        <source>Part of speech</source>
        <translation>نوع الكلمة</translation>
    </message>
    <message>
        <source>Gloss</source>
        <translation>الترجمة</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>المجال</translation>
    </message>
    <message>
        <source>Save Word</source>
        <translation>حفظ الكلمة</translation>
    </message>
    <message>
        <source>This text is long: only the part around the reading position is counted.</source>
        <translation>هذا النص طويل: لا يُعدّ إلا الجزء المحيط بموضع القراءة.</translation>
    </message>
    <message>
        <source>In this article</source>
        <translation>في هذا المقال</translation>
    </message>
    <message>
        <source>In other articles</source>
        <translation>في مقالات أخرى</translation>
    </message>
    <message>
        <source>looking up…</source>
        <translation>جار البحث…</translation>
    </message>
    <message>
        <source>not in the glossary</source>
        <translation>ليست في المسرد</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>محفوظة</translation>
    </message>
    <message numerus="yes">
        <source>In this article: %n time(s)</source>
        <translation>
            <numerusform>في هذا المقال: ولا مرة</numerusform>
            <numerusform>في هذا المقال: مرة واحدة</numerusform>
            <numerusform>في هذا المقال: مرتان</numerusform>
            <numerusform>في هذا المقال: %n مرات</numerusform>
            <numerusform>في هذا المقال: %n مرة</numerusform>
            <numerusform>في هذا المقال: %n مرة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>In other articles: %n</source>
        <translation>
            <numerusform>في مقالات أخرى: لا شيء</numerusform>
            <numerusform>في مقالات أخرى: مقال واحد</numerusform>
            <numerusform>في مقالات أخرى: مقالان</numerusform>
            <numerusform>في مقالات أخرى: %n مقالات</numerusform>
            <numerusform>في مقالات أخرى: %n مقالا</numerusform>
            <numerusform>في مقالات أخرى: %n مقال</numerusform>
        </translation>
    </message>
</context>
</TS>
