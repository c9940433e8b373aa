<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="mr">
<context>
    <name>PosOptions</name>
    <message>
        <source>Baartal point of sale: B-Coin loyalty at the shop counter.</source>
        <translation>बारताल पॉइंट ऑफ सेल: दुकानाच्या काउंटरवर बी-कॉइन लॉयल्टी.</translation>
    </message>
    <message>
        <source>Address of baartal-server.</source>
        <translation>baartal-server चा पत्ता.</translation>
    </message>
    <message>
        <source>Email or phone to sign in with.</source>
        <translation>साइन इन करण्यासाठी ईमेल किंवा फोन.</translation>
    </message>
    <message>
        <source>Password; with --login, signs in at once (for demos).</source>
        <translation>पासवर्ड; --login सोबत लगेच साइन इन करते (डेमोसाठी).</translation>
    </message>
    <message>
        <source>The counter&apos;s SQLite file.</source>
        <translation>काउंटरची SQLite फाइल.</translation>
    </message>
    <message>
        <source>Language: en, hi or mr.</source>
        <translation>भाषा: en, hi किंवा mr.</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;; choose one of %2.</source>
        <translation>अज्ञात भाषा &quot;%1&quot;; यापैकी एक निवडा: %2.</translation>
    </message>
</context>
<context>
    <name>baartal::ui::CounterScreen</name>
    <message>
        <source>Bill amount in rupees, e.g. 450.00</source>
        <translation>बिलाची रक्कम रुपयांत, उदा. 450.00</translation>
    </message>
    <message>
        <source>&amp;Customer</source>
        <translation>ग्राहक (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Bill (₹)</source>
        <translation>बिल (₹) (&amp;B)</translation>
    </message>
    <message>
        <source>Recent sales at this counter</source>
        <translation>या काउंटरवरील अलीकडील विक्री</translation>
    </message>
    <message>
        <source>%1 — earns %2 B-Coins per ₹100</source>
        <translation>%1 — प्रत्येक ₹100 वर %2 बी-कॉइन</translation>
    </message>
    <message>
        <source>Awaiting approval: the server refuses sales until an admin approves this shop.</source>
        <translation>मंजुरी प्रलंबित: अ‍ॅडमिन या दुकानाला मंजुरी देईपर्यंत सर्व्हर विक्री स्वीकारणार नाही.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a customer id. Check it and try again.</source>
        <translation>&quot;%1&quot; हा ग्राहक आयडी नाही. तपासून पुन्हा प्रयत्न करा.</translation>
    </message>
    <message>
        <source>Type the amount in rupees with at most two decimals.</source>
        <translation>रक्कम रुपयांत लिहा, दशांशानंतर जास्तीत जास्त दोन अंक.</translation>
    </message>
    <message>
        <source>%1 earns %2 B-Coins</source>
        <translation>%1 वर %2 बी-कॉइन मिळतील</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount in rupees.</source>
        <translation>&quot;%1&quot; ही रुपयांतील रक्कम नाही.</translation>
    </message>
    <message>
        <source>The sale was not recorded: %1</source>
        <translation>विक्री नोंदवली गेली नाही: %1</translation>
    </message>
    <message>
        <source>The server refused the sale of %1 for customer %2: %3</source>
        <translation>सर्व्हरने ग्राहक %2 ची %1 ची विक्री नाकारली: %3</translation>
    </message>
    <message>
        <source>%1  %2  %3  pending (%4 B-Coins expected)</source>
        <translation>%1  %2  %3  प्रलंबित (%4 बी-कॉइन अपेक्षित)</translation>
    </message>
    <message>
        <source>%1  %2  %3  +%4 B-Coins</source>
        <translation>%1  %2  %3  +%4 बी-कॉइन</translation>
    </message>
    <message>
        <source>%1  %2  %3  refused: %4</source>
        <translation>%1  %2  %3  नाकारली: %4</translation>
    </message>
    <message>
        <source>Customer id, or scan the customer&apos;s QR</source>
        <translation>ग्राहक आयडी, किंवा ग्राहकाचा QR स्कॅन करा</translation>
    </message>
    <message>
        <source>Customer %1 (%2): %3 B-Coins as of %4</source>
        <translation>ग्राहक %1 (%2): %4 पर्यंत %3 बी-कॉइन</translation>
    </message>
    <message>
        <source>Customer %1: no recent balance at this counter</source>
        <translation>ग्राहक %1: या काउंटरवर अलीकडील शिल्लक नाही</translation>
    </message>
    <message>
        <source>Spend QR: redeems %1 B-Coins; this shop allows up to %2% of the bill.</source>
        <translation>खर्च QR: %1 बी-कॉइन वापरले जातील; हे दुकान बिलाच्या %2% पर्यंत परवानगी देते.</translation>
    </message>
    <message>
        <source>This QR cannot be taken: %1</source>
        <translation>हा QR स्वीकारता येत नाही: %1</translation>
    </message>
    <message>
        <source>%1 B-Coins is more than this shop allows on %2 (up to %3 B-Coins).</source>
        <translation>%1 बी-कॉइन हे %2 वर या दुकानाच्या परवानगीपेक्षा जास्त आहेत (%3 बी-कॉइनपर्यंत).</translation>
    </message>
    <message>
        <source>%1 less %2 B-Coins: the customer pays %3 and earns %4 B-Coins</source>
        <translation>%1 मधून %2 बी-कॉइन वजा: ग्राहक %3 भरेल आणि %4 बी-कॉइन मिळवेल</translation>
    </message>
    <message>
        <source>Saved %1 for customer %2 at this counter, redeeming %3 B-Coins: collect %4. It goes to the server as soon as it can.</source>
        <translation>ग्राहक %2 साठी %1 या काउंटरवर जतन केले, %3 बी-कॉइन वापरले: %4 घ्या. ते शक्य तितक्या लवकर सर्व्हरवर पाठवले जाईल.</translation>
    </message>
    <message>
        <source>Saved %1 for customer %2 at this counter; it goes to the server as soon as it can.</source>
        <translation>ग्राहक %2 साठी %1 या काउंटरवर जतन केले; ते शक्य तितक्या लवकर सर्व्हरवर पाठवले जाईल.</translation>
    </message>
    <message>
        <source>Customer %1 earned %2 B-Coins on %3.</source>
        <translation>ग्राहक %1 ने %3 वर %2 बी-कॉइन मिळवले.</translation>
    </message>
    <message>
        <source>New balance: %1 B-Coins.</source>
        <translation>नवीन शिल्लक: %1 बी-कॉइन.</translation>
    </message>
    <message>
        <source>The counter&apos;s database could not be read: %1</source>
        <translation>काउंटरचा डेटाबेस वाचता आला नाही: %1</translation>
    </message>
</context>
<context>
    <name>baartal::ui::CounterWindow</name>
    <message>
        <source>Baartal counter</source>
        <translation>बारताल काउंटर</translation>
    </message>
    <message>
        <source>Signed in as %1 at %2</source>
        <translation>%2 वर %1 म्हणून साइन इन</translation>
    </message>
    <message>
        <source>C&amp;ounter</source>
        <translation>काउंटर (&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Refused sales…</source>
        <translation>नाकारलेली विक्री… (&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Sign out</source>
        <translation>साइन आउट करा (&amp;S)</translation>
    </message>
    <message>
        <source>Signing out is not possible now: the counter&apos;s database could not be read (%1).</source>
        <translation>आत्ता साइन आउट करता येत नाही: काउंटरचा डेटाबेस वाचता आला नाही (%1).</translation>
    </message>
    <message>
        <source>Not signed out</source>
        <translation>साइन आउट झाले नाही</translation>
    </message>
    <message>
        <source>Sales at this counter that have not reached the server yet: %1. Signing out now would strand them, so stay signed in until the status bar shows nothing waiting.</source>
        <translation>या काउंटरवरील विक्री जी अजून सर्व्हरपर्यंत पोहोचली नाही: %1. आत्ता साइन आउट केल्यास ती अडकून राहील, म्हणून स्टेटस बारमध्ये काहीही प्रलंबित दिसेपर्यंत साइन इन राहा.</translation>
    </message>
</context>
<context>
    <name>baartal::ui::CsvWriter</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 लिहिता आली नाही: %2</translation>
    </message>
</context>
<context>
    <name>baartal::ui::EnrolmentQuestion</name>
    <message>
        <source>No keychain found</source>
        <translation>कोणतेही कीचेन सापडले नाही</translation>
    </message>
    <message>
        <source>No OS keychain was found on this PC, so the counter&apos;s signing key cannot be stored safely.

The key can instead be kept UNENCRYPTED in a file under your data folder:
%1

Anyone who can read that file (or a backup or a stolen disk) could upload sales as this counter. Installing and unlocking a keyring (for example gnome-keyring) is safer.</source>
        <translation>या पीसीवर कोणतेही OS कीचेन सापडले नाही, त्यामुळे काउंटरची सही करण्याची की सुरक्षितपणे ठेवता येत नाही.

त्याऐवजी की तुमच्या डेटा फोल्डरमधील एका फाइलमध्ये एन्क्रिप्शनशिवाय ठेवता येईल:
%1

जो कोणी ती फाइल (किंवा बॅकअप किंवा चोरीला गेलेली डिस्क) वाचू शकतो, तो या काउंटरच्या नावाने विक्री अपलोड करू शकतो. एखादे कीरिंग (उदा. gnome-keyring) इन्स्टॉल करून अनलॉक करणे अधिक सुरक्षित आहे.</translation>
    </message>
    <message>
        <source>Keep it in a file</source>
        <translation>ती फाइलमध्ये ठेवा</translation>
    </message>
    <message>
        <source>Counter key lost</source>
        <translation>काउंटरची की हरवली</translation>
    </message>
    <message>
        <source>This counter is enrolled, but its signing key is no longer in the keychain (it was removed, or the keyring was reset).

The counter must be enrolled again as a new device with a new key. Sales it recorded and did not upload yet cannot be signed with the lost key. The shop owner can revoke the old device.</source>
        <translation>हा काउंटर नोंदणीकृत आहे, पण त्याची सही करण्याची की आता कीचेनमध्ये नाही (ती काढली गेली, किंवा कीरिंग रीसेट झाले).

नवीन कीसह नवीन डिव्हाइस म्हणून काउंटरची पुन्हा नोंदणी करावी लागेल. याने नोंदवलेल्या पण अजून अपलोड न केलेल्या विक्रीवर हरवलेल्या कीने सही करता येणार नाही. दुकानाचा मालक जुने डिव्हाइस रद्द करू शकतो.</translation>
    </message>
    <message>
        <source>Enrol again</source>
        <translation>पुन्हा नोंदणी करा</translation>
    </message>
</context>
<context>
    <name>baartal::ui::HistoryExport</name>
    <message>
        <source>The export was cancelled.</source>
        <translation>निर्यात रद्द केली.</translation>
    </message>
</context>
<context>
    <name>baartal::ui::HistoryScreen</name>
    <message>
        <source>Export history</source>
        <translation>इतिहास निर्यात करा</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV फाइल्स (*.csv)</translation>
    </message>
    <message>
        <source>The start date is after the end date.</source>
        <translation>सुरुवातीची तारीख शेवटच्या तारखेनंतर आहे.</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>पासून (&amp;F)</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>पर्यंत (&amp;T)</translation>
    </message>
    <message>
        <source>T&amp;oday</source>
        <translation>आज (&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Last 7 days</source>
        <translation>मागील 7 दिवस (&amp;L)</translation>
    </message>
    <message>
        <source>This mo&amp;nth</source>
        <translation>हा महिना (&amp;N)</translation>
    </message>
    <message>
        <source>C&amp;ustomer</source>
        <translation>ग्राहक (&amp;U)</translation>
    </message>
    <message>
        <source>Mobile number or customer id</source>
        <translation>मोबाइल नंबर किंवा ग्राहक आयडी</translation>
    </message>
    <message>
        <source>T&amp;ype</source>
        <translation>प्रकार (&amp;Y)</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>सर्व प्रकार</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>शोधा (&amp;S)</translation>
    </message>
    <message>
        <source>Enter in any filter also searches; Ctrl+F goes to the filters.</source>
        <translation>कोणत्याही फिल्टरमध्ये Enter दाबल्यानेही शोध होतो; Ctrl+F ने फिल्टरवर जा.</translation>
    </message>
    <message>
        <source>Load &amp;more</source>
        <translation>आणखी दाखवा (&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>CSV निर्यात करा… (&amp;E)</translation>
    </message>
    <message>
        <source>Every transaction the filters match, all pages (Ctrl+E).</source>
        <translation>फिल्टरशी जुळणारा प्रत्येक व्यवहार, सर्व पाने (Ctrl+E).</translation>
    </message>
    <message>
        <source>&amp;Cancel export</source>
        <translation>निर्यात रद्द करा (&amp;C)</translation>
    </message>
    <message>
        <source>Choose the days, customer or type, then press Enter to search.</source>
        <translation>दिवस, ग्राहक किंवा प्रकार निवडा, मग शोधण्यासाठी Enter दाबा.</translation>
    </message>
    <message>
        <source>Loading transactions from the server…</source>
        <translation>सर्व्हरवरून व्यवहार आणत आहे…</translation>
    </message>
    <message>
        <source>No transactions match these filters.</source>
        <translation>या फिल्टरशी कोणताही व्यवहार जुळत नाही.</translation>
    </message>
    <message>
        <source>Showing %1 of %2 transactions.</source>
        <translation>%2 पैकी %1 व्यवहार दाखवत आहे.</translation>
    </message>
    <message>
        <source>History needs the server, which cannot be reached right now. Sales at the counter carry on and appear here once they sync.</source>
        <translation>इतिहासासाठी सर्व्हर लागतो, ज्याच्याशी आत्ता संपर्क होत नाही. काउंटरवर विक्री सुरू राहते आणि सिंक झाल्यावर इथे दिसेल.</translation>
    </message>
    <message>
        <source>The server refused the search: %1</source>
        <translation>सर्व्हरने शोध नाकारला: %1</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>निर्यात होत आहे…</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>%1 मध्ये निर्यात केले.</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>निर्यात रद्द; कोणतीही फाइल लिहिली नाही.</translation>
    </message>
    <message>
        <source>Export needs the server, which cannot be reached; no file was written.</source>
        <translation>निर्यातीसाठी सर्व्हर लागतो, ज्याच्याशी संपर्क होत नाही; कोणतीही फाइल लिहिली नाही.</translation>
    </message>
    <message>
        <source>Export failed; no file was written: %1</source>
        <translation>निर्यात अयशस्वी; कोणतीही फाइल लिहिली नाही: %1</translation>
    </message>
</context>
<context>
    <name>baartal::ui::HistoryTableModel</name>
    <message>
        <source>Earn</source>
        <translation>कमाई</translation>
    </message>
    <message>
        <source>Redeem</source>
        <translation>वापर</translation>
    </message>
    <message>
        <source>Void</source>
        <translation>रद्द</translation>
    </message>
    <message>
        <source>Adjustment</source>
        <translation>समायोजन</translation>
    </message>
    <message>
        <source>Referral bonus</source>
        <translation>रेफरल बोनस</translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation>मुदतसमाप्ती</translation>
    </message>
    <message>
        <source>Voided</source>
        <translation>रद्द केला</translation>
    </message>
    <message>
        <source>Reverses an earlier sale</source>
        <translation>आधीची विक्री उलटवतो</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>पूर्ण</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>वेळ</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>प्रकार</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>ग्राहक</translation>
    </message>
    <message>
        <source>Bill</source>
        <translation>बिल</translation>
    </message>
    <message>
        <source>Redeemed</source>
        <translation>वापरले</translation>
    </message>
    <message>
        <source>Earned</source>
        <translation>कमावले</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>स्थिती</translation>
    </message>
</context>
<context>
    <name>baartal::ui::LoginDialog</name>
    <message>
        <source>Baartal — sign in</source>
        <translation>बारताल — साइन इन</translation>
    </message>
    <message>
        <source>Email or phone</source>
        <translation>ईमेल किंवा फोन</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>साइन इन करा</translation>
    </message>
    <message>
        <source>&amp;Server</source>
        <translation>सर्व्हर (&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Email or phone</source>
        <translation>ईमेल किंवा फोन (&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>पासवर्ड (&amp;P)</translation>
    </message>
    <message>
        <source>Enter the server address, for example http://127.0.0.1:8080.</source>
        <translation>सर्व्हरचा पत्ता लिहा, उदा. http://127.0.0.1:8080.</translation>
    </message>
    <message>
        <source>Enter your email or phone number.</source>
        <translation>तुमचा ईमेल किंवा फोन नंबर लिहा.</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>तुमचा पासवर्ड लिहा.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>साइन इन होत आहे…</translation>
    </message>
    <message>
        <source>The server at %1 cannot be reached. Check the address and the network.</source>
        <translation>%1 वरील सर्व्हरपर्यंत पोहोचता आले नाही. पत्ता आणि नेटवर्क तपासा.</translation>
    </message>
    <message>
        <source>The email or phone and password do not match.</source>
        <translation>ईमेल किंवा फोन आणि पासवर्ड जुळत नाहीत.</translation>
    </message>
    <message>
        <source>Sign-in failed: %1</source>
        <translation>साइन इन होऊ शकले नाही: %1</translation>
    </message>
    <message>
        <source>This is a customer account. Your B-Coin wallet lives on your phone: scan a Baartal shop&apos;s QR code to open it.</source>
        <translation>हे ग्राहक खाते आहे. तुमचे बी-कॉइन वॉलेट तुमच्या फोनवर आहे: ते उघडण्यासाठी बारताल दुकानाचा QR कोड स्कॅन करा.</translation>
    </message>
    <message>
        <source>This is an admin account. This version of the counter app opens for merchant accounts only; use the server&apos;s admin API meanwhile.</source>
        <translation>हे अ‍ॅडमिन खाते आहे. काउंटर अ‍ॅपची ही आवृत्ती फक्त व्यापारी खात्यांसाठी उघडते; तोपर्यंत सर्व्हरचा अ‍ॅडमिन API वापरा.</translation>
    </message>
</context>
<context>
    <name>baartal::ui::PosController</name>
    <message>
        <source>Your session has ended. Sign in again to continue.</source>
        <translation>तुमचे सत्र संपले आहे. पुढे सुरू ठेवण्यासाठी पुन्हा साइन इन करा.</translation>
    </message>
    <message>
        <source>Signed out. Every sale of this counter has reached the server.</source>
        <translation>साइन आउट झाले. या काउंटरची प्रत्येक विक्री सर्व्हरपर्यंत पोहोचली आहे.</translation>
    </message>
    <message>
        <source>This merchant account has no shop yet. Register the shop first, then sign in here.</source>
        <translation>या व्यापारी खात्याचे अजून दुकान नाही. आधी दुकान नोंदवा, मग इथे साइन इन करा.</translation>
    </message>
    <message>
        <source>The shop&apos;s settings could not be loaded: %1</source>
        <translation>दुकानाची सेटिंग्ज लोड होऊ शकली नाहीत: %1</translation>
    </message>
    <message>
        <source>The counter cannot start: %1</source>
        <translation>काउंटर सुरू होऊ शकत नाही: %1</translation>
    </message>
    <message>
        <source>Counter</source>
        <translation>काउंटर</translation>
    </message>
    <message>
        <source>The counter was not opened: no OS keychain was found, and its key may not be kept in a file. Install and unlock a keyring (for example gnome-keyring), or sign in again and choose to keep the key in a file.</source>
        <translation>काउंटर उघडला नाही: कोणतेही OS कीचेन सापडले नाही, आणि त्याची की फाइलमध्ये ठेवण्याची परवानगी दिली नाही. एखादे कीरिंग (उदा. gnome-keyring) इन्स्टॉल करून अनलॉक करा, किंवा पुन्हा साइन इन करून की फाइलमध्ये ठेवणे निवडा.</translation>
    </message>
    <message>
        <source>The counter was not opened: it cannot sign its sales until it is enrolled again.</source>
        <translation>काउंटर उघडला नाही: पुन्हा नोंदणी होईपर्यंत तो आपल्या विक्रीवर सही करू शकत नाही.</translation>
    </message>
    <message>
        <source>This counter has to be enrolled with the server once, while the server can be reached, before it can work offline. Sign in again when the network is back.</source>
        <translation>ऑफलाइन काम करण्यापूर्वी, सर्व्हरपर्यंत पोहोचता येत असताना, या काउंटरची सर्व्हरकडे एकदा नोंदणी व्हायला हवी. नेटवर्क परत आल्यावर पुन्हा साइन इन करा.</translation>
    </message>
    <message>
        <source>This counter could not be enrolled: %1</source>
        <translation>हा काउंटर नोंदणीकृत होऊ शकला नाही: %1</translation>
    </message>
</context>
<context>
    <name>baartal::ui::ReconciliationDialog</name>
    <message>
        <source>Sales the server refused</source>
        <translation>सर्व्हरने नाकारलेली विक्री</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>तारीख</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>ग्राहक</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>रक्कम</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>कारण</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>रिफ्रेश करा (&amp;R)</translation>
    </message>
    <message>
        <source>The counter&apos;s database could not be read: %1</source>
        <translation>काउंटरचा डेटाबेस वाचता आला नाही: %1</translation>
    </message>
    <message>
        <source>The server has refused nothing from this counter.</source>
        <translation>सर्व्हरने या काउंटरवरील काहीही नाकारलेले नाही.</translation>
    </message>
    <message>
        <source>The server refused these actions; nothing moved for them. Settle them with the customer.</source>
        <translation>सर्व्हरने या क्रिया नाकारल्या; त्यांच्यासाठी काहीही बदलले नाही. ग्राहकासोबत त्यांचा निपटारा करा.</translation>
    </message>
    <message>
        <source>%1, redeeming %2 B-Coins</source>
        <translation>%1, %2 बी-कॉइन वापरून</translation>
    </message>
    <message>
        <source>void of an earlier sale</source>
        <translation>आधीच्या विक्रीचे रद्दीकरण</translation>
    </message>
</context>
<context>
    <name>baartal::ui::RefusalText</name>
    <message>
        <source>the customer is not known to the server</source>
        <translation>हा ग्राहक सर्व्हरला माहीत नाही</translation>
    </message>
    <message>
        <source>this shop is not approved yet</source>
        <translation>या दुकानाला अजून मंजुरी मिळालेली नाही</translation>
    </message>
    <message>
        <source>the spend QR was already used at another counter; no coins were redeemed</source>
        <translation>खर्च QR आधीच दुसऱ्या काउंटरवर वापरला गेला होता; कोणतेही कॉइन वापरले गेले नाहीत</translation>
    </message>
    <message>
        <source>the spend QR had expired or was cancelled; no coins were redeemed</source>
        <translation>खर्च QR ची मुदत संपली होती किंवा तो रद्द झाला होता; कोणतेही कॉइन वापरले गेले नाहीत</translation>
    </message>
    <message>
        <source>the customer did not have enough B-Coins</source>
        <translation>ग्राहकाकडे पुरेसे बी-कॉइन नव्हते</translation>
    </message>
    <message>
        <source>more coins than this shop allows on that bill</source>
        <translation>त्या बिलावर या दुकानाच्या परवानगीपेक्षा जास्त कॉइन</translation>
    </message>
    <message>
        <source>the sale was voided already</source>
        <translation>विक्री आधीच रद्द केली गेली होती</translation>
    </message>
    <message>
        <source>the server has no such sale to void</source>
        <translation>सर्व्हरवर रद्द करण्यासाठी अशी कोणतीही विक्री नाही</translation>
    </message>
    <message>
        <source>this counter already took that spend QR</source>
        <translation>या काउंटरने तो खर्च QR आधीच घेतला आहे</translation>
    </message>
    <message>
        <source>the spend QR was already redeemed or cancelled</source>
        <translation>खर्च QR आधीच वापरला गेला आहे किंवा रद्द झाला आहे</translation>
    </message>
    <message>
        <source>the spend QR is for another shop</source>
        <translation>हा खर्च QR दुसऱ्या दुकानासाठी आहे</translation>
    </message>
    <message>
        <source>that is not the kind of QR expected here</source>
        <translation>येथे या प्रकारचा QR अपेक्षित नाही</translation>
    </message>
    <message>
        <source>that is not a Baartal QR</source>
        <translation>हा बारताल QR नाही</translation>
    </message>
    <message>
        <source>the QR is signed with a key this counter does not know yet; connect to the server once</source>
        <translation>QR अशा कीने स्वाक्षरित आहे जी या काउंटरला अजून माहीत नाही; एकदा सर्व्हरशी जोडा</translation>
    </message>
    <message>
        <source>the QR was altered or forged</source>
        <translation>QR बदललेला किंवा बनावट आहे</translation>
    </message>
    <message>
        <source>the QR is dated in the future; check this computer&apos;s clock</source>
        <translation>QR वर भविष्यातील तारीख आहे; या संगणकाचे घड्याळ तपासा</translation>
    </message>
    <message>
        <source>refused by the server (%1)</source>
        <translation>सर्व्हरने नाकारले (%1)</translation>
    </message>
</context>
<context>
    <name>baartal::ui::SyncStatusWidget</name>
    <message>
        <source>Sync stopped</source>
        <translation>सिंक थांबले आहे</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>ऑनलाइन</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>ऑफलाइन</translation>
    </message>
    <message>
        <source>Last sync %1</source>
        <translation>शेवटचे सिंक %1</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>अजून सिंक झाले नाही</translation>
    </message>
    <message>
        <source>Sync stopped: %1 Sales are still kept at this counter.</source>
        <translation>सिंक थांबले: %1 विक्री अजूनही या काउंटरवर जतन केली जात आहे.</translation>
    </message>
    <message>
        <source>The server cannot be reached. Trading continues: sales are kept at this counter and sent when the connection returns.</source>
        <translation>सर्व्हरशी संपर्क होत नाही. व्यवहार सुरू आहेत: विक्री या काउंटरवर ठेवली जाते आणि कनेक्शन परत आल्यावर पाठवली जाईल.</translation>
    </message>
    <message>
        <source>Next try at %1.</source>
        <translation>पुढील प्रयत्न %1 वाजता.</translation>
    </message>
    <message>
        <source>this counter was revoked on the server. Enrol it again to send its sales.</source>
        <translation>हा काउंटर सर्व्हरवर रद्द केला गेला आहे. त्याची विक्री पाठवण्यासाठी तो पुन्हा नोंदवा.</translation>
    </message>
    <message>
        <source>the server does not know this counter. Enrol it again to send its sales.</source>
        <translation>सर्व्हरला हा काउंटर माहीत नाही. त्याची विक्री पाठवण्यासाठी तो पुन्हा नोंदवा.</translation>
    </message>
    <message>
        <source>the server refused this counter&apos;s sales (%1: %2).</source>
        <translation>सर्व्हरने या काउंटरची विक्री नाकारली (%1: %2).</translation>
    </message>
    <message>
        <source>Waiting to sync: %1</source>
        <translation>सिंकसाठी प्रलंबित: %1</translation>
    </message>
</context>
</TS>
