<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="hi">
<context>
    <name>PosOptions</name>
    <message>
        <source>Baartal point of sale: B-Coin loyalty at the shop counter.</source>
        <translation>बारताल पॉइंट ऑफ़ सेल: दुकान के काउंटर पर बी-कॉइन लॉयल्टी।</translation>
    </message>
    <message>
        <source>Address of baartal-server.</source>
        <translation>baartal-server का पता।</translation>
    </message>
    <message>
        <source>Email or phone to sign in with.</source>
        <translation>साइन इन के लिए ईमेल या फ़ोन।</translation>
    </message>
    <message>
        <source>Password; with --login, signs in at once (for demos).</source>
        <translation>पासवर्ड; --login के साथ तुरंत साइन इन करता है (डेमो के लिए)।</translation>
    </message>
    <message>
        <source>The counter&apos;s SQLite file.</source>
        <translation>काउंटर की SQLite फ़ाइल।</translation>
    </message>
    <message>
        <source>Language: en, hi or mr.</source>
        <translation>भाषा: en, hi या mr।</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;; choose one of %2.</source>
        <translation>अज्ञात भाषा &quot;%1&quot;; इनमें से एक चुनें: %2।</translation>
    </message>
    <message>
        <source>The settings file (instead of the user&apos;s own).</source>
        <translation>सेटिंग्स फ़ाइल (उपयोगकर्ता की अपनी फ़ाइल के बजाय)।</translation>
    </message>
    <message>
        <source>A picture to show as the webcam (demos, no camera).</source>
        <translation>वेबकैम की जगह दिखाने के लिए एक तस्वीर (डेमो, बिना कैमरा)।</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a picture.</source>
        <translation>&quot;%1&quot; कोई तस्वीर नहीं है।</translation>
    </message>
</context>
<context>
    <name>baartal::ui::AdminProblemText</name>
    <message>
        <source>Offline: the server cannot be reached, so nothing was changed. Check the connection and try again.</source>
        <translation>ऑफ़लाइन: सर्वर तक नहीं पहुँच पा रहे, इसलिए कुछ भी नहीं बदला गया। कनेक्शन जाँचें और फिर से कोशिश करें।</translation>
    </message>
    <message>
        <source>That password is not right. Nothing was changed.</source>
        <translation>यह पासवर्ड सही नहीं है। कुछ भी नहीं बदला गया।</translation>
    </message>
    <message>
        <source>No customer has this phone number.</source>
        <translation>इस फ़ोन नंबर का कोई ग्राहक नहीं है।</translation>
    </message>
    <message>
        <source>Enter a 10-digit mobile number (or the customer&apos;s e-mail).</source>
        <translation>10 अंकों का मोबाइल नंबर (या ग्राहक का ई-मेल) डालें।</translation>
    </message>
    <message>
        <source>The customer does not have that many coins to withdraw. Nothing was changed.</source>
        <translation>ग्राहक के पास वापस लेने के लिए इतने कॉइन नहीं हैं। कुछ भी नहीं बदला गया।</translation>
    </message>
    <message>
        <source>Another admin has already decided on this shop. The queue is refreshed.</source>
        <translation>इस दुकान पर दूसरे एडमिन ने पहले ही निर्णय ले लिया है। सूची दोबारा लोड की गई है।</translation>
    </message>
    <message>
        <source>Enter a 6-digit pincode.</source>
        <translation>6 अंकों का पिनकोड डालें।</translation>
    </message>
    <message>
        <source>Enter a bundle name of up to 80 characters.</source>
        <translation>80 अक्षरों तक का बंडल नाम डालें।</translation>
    </message>
    <message>
        <source>This session may not use the admin console. Sign in again as an admin.</source>
        <translation>यह सत्र एडमिन कंसोल का उपयोग नहीं कर सकता। एडमिन के रूप में फिर से साइन इन करें।</translation>
    </message>
    <message>
        <source>The server refused: %1</source>
        <translation>सर्वर ने मना किया: %1</translation>
    </message>
</context>
<context>
    <name>baartal::ui::AdminWindow</name>
    <message>
        <source>Baartal admin console</source>
        <translation>बारताल एडमिन कंसोल</translation>
    </message>
    <message>
        <source>&amp;1 Approvals</source>
        <translation>&amp;1 मंज़ूरियाँ</translation>
    </message>
    <message>
        <source>&amp;2 Shops</source>
        <translation>&amp;2 दुकानें</translation>
    </message>
    <message>
        <source>&amp;3 Bundles</source>
        <translation>&amp;3 बंडल</translation>
    </message>
    <message>
        <source>&amp;4 Wallet adjustment</source>
        <translation>&amp;4 वॉलेट समायोजन</translation>
    </message>
    <message>
        <source>&amp;5 Ledger check</source>
        <translation>&amp;5 लेजर जाँच</translation>
    </message>
    <message>
        <source>Sign &amp;out (Ctrl+Shift+Q)</source>
        <translation>साइन आउट (&amp;O) (Ctrl+Shift+Q)</translation>
    </message>
    <message>
        <source>Signed in as %1 (admin)</source>
        <translation>%1 के रूप में साइन इन (एडमिन)</translation>
    </message>
</context>
<context>
    <name>baartal::ui::AnalyticsCharts</name>
    <message>
        <source>Monthly footfall</source>
        <translation>मासिक ग्राहक आवाजाही</translation>
    </message>
    <message>
        <source>Weekly footfall</source>
        <translation>साप्ताहिक ग्राहक आवाजाही</translation>
    </message>
    <message>
        <source>QR scans</source>
        <translation>QR स्कैन</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>ग्राहक</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>महीना</translation>
    </message>
    <message>
        <source>Week from Monday</source>
        <translation>सप्ताह (सोमवार से)</translation>
    </message>
    <message>
        <source>Coins issued and redeemed</source>
        <translation>जारी और भुनाए गए कॉइन</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>जारी</translation>
    </message>
    <message>
        <source>Redeemed</source>
        <translation>भुनाए गए</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>दिन</translation>
    </message>
    <message>
        <source>B-Coins</source>
        <translation>B-कॉइन</translation>
    </message>
</context>
<context>
    <name>baartal::ui::AnalyticsReport</name>
    <message>
        <source>%1: shop analytics</source>
        <translation>%1: दुकान का विश्लेषण</translation>
    </message>
    <message>
        <source>Range: %1</source>
        <translation>अवधि: %1</translation>
    </message>
    <message>
        <source>Figures from the Baartal server at %1</source>
        <translation>Baartal सर्वर से %1 पर लिए गए आँकड़े</translation>
    </message>
    <message>
        <source>Report made at %1</source>
        <translation>रिपोर्ट %1 पर बनी</translation>
    </message>
    <message>
        <source>Weekly figures</source>
        <translation>साप्ताहिक आँकड़े</translation>
    </message>
    <message>
        <source>Week from</source>
        <translation>सप्ताह शुरू</translation>
    </message>
    <message>
        <source>QR scans</source>
        <translation>QR स्कैन</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>ग्राहक</translation>
    </message>
    <message>
        <source>Bills</source>
        <translation>बिल</translation>
    </message>
    <message>
        <source>Coins issued</source>
        <translation>जारी कॉइन</translation>
    </message>
    <message>
        <source>Coins redeemed</source>
        <translation>भुनाए गए कॉइन</translation>
    </message>
    <message>
        <source>The report could not be saved to %1: %2</source>
        <translation>रिपोर्ट %1 में सहेजी नहीं जा सकी: %2</translation>
    </message>
    <message>
        <source>the PDF could not be started</source>
        <translation>PDF शुरू नहीं हो सका</translation>
    </message>
    <message>
        <source>the PDF could not be finished</source>
        <translation>PDF पूरा नहीं हो सका</translation>
    </message>
    <message>
        <source>a page could not be added</source>
        <translation>पेज नहीं जोड़ा जा सका</translation>
    </message>
</context>
<context>
    <name>baartal::ui::AnalyticsScreen</name>
    <message>
        <source>There are no figures to export yet.</source>
        <translation>निर्यात करने के लिए अभी कोई आँकड़े नहीं हैं।</translation>
    </message>
    <message>
        <source>Export analytics report</source>
        <translation>विश्लेषण रिपोर्ट निर्यात करें</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF दस्तावेज़ (*.pdf)</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>से (&amp;F)</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>तक (&amp;T)</translation>
    </message>
    <message>
        <source>Last &amp;7 days</source>
        <translation>पिछले 7 दिन (&amp;7)</translation>
    </message>
    <message>
        <source>Last &amp;4 weeks</source>
        <translation>पिछले 4 सप्ताह (&amp;4)</translation>
    </message>
    <message>
        <source>This &amp;month</source>
        <translation>यह महीना (&amp;M)</translation>
    </message>
    <message>
        <source>Last 1&amp;2 months</source>
        <translation>पिछले 12 महीने (&amp;2)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>ताज़ा करें (&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Export PDF…</source>
        <translation>PDF निर्यात करें… (&amp;E)</translation>
    </message>
    <message>
        <source>Showing the figures for %1 as of %2.</source>
        <translation>%1 के आँकड़े दिखाए जा रहे हैं, %2 तक के।</translation>
    </message>
    <message>
        <source>Figures as of %1.</source>
        <translation>%1 तक के आँकड़े।</translation>
    </message>
    <message>
        <source>Loading the figures from the server…</source>
        <translation>सर्वर से आँकड़े लाए जा रहे हैं…</translation>
    </message>
    <message>
        <source>No sales or scans at the shop between %1.</source>
        <translation>%1 के बीच दुकान पर कोई बिक्री या स्कैन नहीं हुआ।</translation>
    </message>
    <message>
        <source>Offline: the server cannot be reached, so the figures could not be updated.</source>
        <translation>ऑफ़लाइन: सर्वर से संपर्क नहीं हो पा रहा, इसलिए आँकड़े अपडेट नहीं हो सके।</translation>
    </message>
    <message>
        <source>The figures could not be loaded: %1</source>
        <translation>आँकड़े नहीं लाए जा सके: %1</translation>
    </message>
    <message>
        <source>The first day is after the last day.</source>
        <translation>पहला दिन आख़िरी दिन के बाद है।</translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation>रिपोर्ट लिखी जा रही है…</translation>
    </message>
    <message>
        <source>Report saved to %1.</source>
        <translation>रिपोर्ट %1 में सहेजी गई।</translation>
    </message>
</context>
<context>
    <name>baartal::ui::AnalyticsTexts</name>
    <message>
        <source>Coins issued</source>
        <translation>जारी कॉइन</translation>
    </message>
    <message>
        <source>Bills: %1</source>
        <translation>बिल: %1</translation>
    </message>
    <message>
        <source>Coins redeemed</source>
        <translation>भुनाए गए कॉइन</translation>
    </message>
    <message>
        <source>Redemptions: %1</source>
        <translation>भुनाने की संख्या: %1</translation>
    </message>
    <message>
        <source>Unique customers</source>
        <translation>अलग-अलग ग्राहक</translation>
    </message>
    <message>
        <source>QR scans: %1</source>
        <translation>QR स्कैन: %1</translation>
    </message>
    <message>
        <source>Average bill</source>
        <translation>औसत बिल</translation>
    </message>
    <message>
        <source>Total billed: %1</source>
        <translation>कुल बिल राशि: %1</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 से %2 तक</translation>
    </message>
</context>
<context>
    <name>baartal::ui::ApprovalsTab</name>
    <message>
        <source>%1 was decided already.</source>
        <translation>%1 पर पहले ही निर्णय हो चुका है।</translation>
    </message>
    <message>
        <source>Write a note saying why the shop is rejected; the shop will read it.</source>
        <translation>नोट में लिखें कि दुकान क्यों अस्वीकार की गई; दुकान इसे पढ़ेगी।</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>दिखाएँ (&amp;S):</translation>
    </message>
    <message>
        <source>Waiting for approval</source>
        <translation>मंज़ूरी की प्रतीक्षा में</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>मंज़ूर</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>अस्वीकृत</translation>
    </message>
    <message>
        <source>All</source>
        <translation>सभी</translation>
    </message>
    <message>
        <source>&amp;Note for the shop:</source>
        <translation>दुकान के लिए नोट (&amp;N):</translation>
    </message>
    <message>
        <source>What you checked, or why the shop is rejected</source>
        <translation>आपने क्या जाँचा, या दुकान क्यों अस्वीकार की गई</translation>
    </message>
    <message>
        <source>&amp;Approve (Ctrl+Enter)</source>
        <translation>मंज़ूर करें (&amp;A) (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Re&amp;ject (Ctrl+Shift+Enter)</source>
        <translation>अस्वीकार करें (&amp;J) (Ctrl+Shift+Enter)</translation>
    </message>
    <message>
        <source>&amp;Reload (F5)</source>
        <translation>फिर से लोड करें (&amp;R) (F5)</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>लोड हो रहा है…</translation>
    </message>
    <message>
        <source>Sending the decision…</source>
        <translation>निर्णय भेजा जा रहा है…</translation>
    </message>
    <message>
        <source>%1 is approved.</source>
        <translation>%1 मंज़ूर हो गई।</translation>
    </message>
    <message>
        <source>%1 is rejected.</source>
        <translation>%1 अस्वीकार कर दी गई।</translation>
    </message>
    <message>
        <source>No shop is waiting for approval.</source>
        <translation>कोई दुकान मंज़ूरी की प्रतीक्षा में नहीं है।</translation>
    </message>
    <message>
        <source>No shops to show.</source>
        <translation>दिखाने के लिए कोई दुकान नहीं।</translation>
    </message>
    <message>
        <source>Shops listed: %1</source>
        <translation>सूची में दुकानें: %1</translation>
    </message>
    <message>
        <source>Choose a shop from the list.</source>
        <translation>सूची से एक दुकान चुनें।</translation>
    </message>
    <message>
        <source>Approved on %1</source>
        <translation>%1 को मंज़ूर</translation>
    </message>
    <message>
        <source>Rejected on %1</source>
        <translation>%1 को अस्वीकृत</translation>
    </message>
    <message>
        <source>Waiting since %1</source>
        <translation>%1 से प्रतीक्षा में</translation>
    </message>
    <message>
        <source>Category: %1</source>
        <translation>श्रेणी: %1</translation>
    </message>
    <message>
        <source>Pincode: %1</source>
        <translation>पिनकोड: %1</translation>
    </message>
    <message>
        <source>Address: %1</source>
        <translation>पता: %1</translation>
    </message>
    <message>
        <source>Owner&apos;s login: %1</source>
        <translation>मालिक का लॉगिन: %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>नोट: %1</translation>
    </message>
</context>
<context>
    <name>baartal::ui::BundlesTab</name>
    <message>
        <source>Give the new bundle a name, such as the neighbourhood.</source>
        <translation>नए बंडल को नाम दें, जैसे इलाके का नाम।</translation>
    </message>
    <message>
        <source>A bundle needs a name.</source>
        <translation>बंडल का नाम होना चाहिए।</translation>
    </message>
    <message>
        <source>Bundle</source>
        <translation>बंडल</translation>
    </message>
    <message>
        <source>Pincode</source>
        <translation>पिनकोड</translation>
    </message>
    <message>
        <source>Shops</source>
        <translation>दुकानें</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>श्रेणियाँ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <source>&amp;Previous</source>
        <translation>पिछला (&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>अगला (&amp;N)</translation>
    </message>
    <message>
        <source>New bundle (Ctrl+N)</source>
        <translation>नया बंडल (Ctrl+N)</translation>
    </message>
    <message>
        <source>Pin&amp;code:</source>
        <translation>पिनकोड (&amp;C):</translation>
    </message>
    <message>
        <source>e.g. Dadar West</source>
        <translation>जैसे दादर पश्चिम</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>नाम (&amp;M):</translation>
    </message>
    <message>
        <source>&amp;Create bundle</source>
        <translation>बंडल बनाएँ (&amp;C)</translation>
    </message>
    <message>
        <source>Chosen bundle</source>
        <translation>चुना गया बंडल</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>नाम (&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Active (shown to customers, takes new shops)</source>
        <translation>सक्रिय (&amp;A) (ग्राहकों को दिखता है, नई दुकानें लेता है)</translation>
    </message>
    <message>
        <source>&amp;Save changes</source>
        <translation>बदलाव सहेजें (&amp;S)</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>सक्रिय</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>निष्क्रिय</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>पृष्ठ %1 / %2</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>लोड हो रहा है…</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>सहेजा जा रहा है…</translation>
    </message>
    <message>
        <source>Bundle %1 is open in %2.</source>
        <translation>बंडल %1 पिनकोड %2 में खुल गया है।</translation>
    </message>
    <message>
        <source>Bundle %1 is saved and active.</source>
        <translation>बंडल %1 सहेजा गया और सक्रिय है।</translation>
    </message>
    <message>
        <source>Bundle %1 is saved and inactive.</source>
        <translation>बंडल %1 सहेजा गया और निष्क्रिय है।</translation>
    </message>
    <message>
        <source>No bundles yet. Open the first one on the right.</source>
        <translation>अभी कोई बंडल नहीं है। दाईं ओर पहला बंडल बनाएँ।</translation>
    </message>
    <message>
        <source>Bundles: %1</source>
        <translation>बंडल: %1</translation>
    </message>
</context>
<context>
    <name>baartal::ui::CounterScreen</name>
    <message>
        <source>Bill amount in rupees, e.g. 450.00</source>
        <translation>बिल की राशि रुपयों में, जैसे 450.00</translation>
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
        <source>%1 — earns %2 B-Coins per ₹100</source>
        <translation>%1 — हर ₹100 पर %2 बी-कॉइन</translation>
    </message>
    <message>
        <source>Awaiting approval: the server refuses sales until an admin approves this shop.</source>
        <translation>मंज़ूरी बाकी: जब तक एडमिन इस दुकान को मंज़ूरी नहीं देता, सर्वर बिक्री स्वीकार नहीं करेगा।</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a customer id. Check it and try again.</source>
        <translation>&quot;%1&quot; ग्राहक आईडी नहीं है। जाँचकर फिर से कोशिश करें।</translation>
    </message>
    <message>
        <source>%1 earns %2 B-Coins</source>
        <translation>%1 पर %2 बी-कॉइन मिलेंगे</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount in rupees.</source>
        <translation>&quot;%1&quot; रुपयों में कोई राशि नहीं है।</translation>
    </message>
    <message>
        <source>The sale was not recorded: %1</source>
        <translation>बिक्री दर्ज नहीं हुई: %1</translation>
    </message>
    <message>
        <source>The server refused the sale of %1 for customer %2: %3</source>
        <translation>सर्वर ने ग्राहक %2 की %1 की बिक्री अस्वीकार की: %3</translation>
    </message>
    <message>
        <source>Customer id, or scan the customer&apos;s QR</source>
        <translation>ग्राहक आईडी, या ग्राहक का QR स्कैन करें</translation>
    </message>
    <message>
        <source>This QR cannot be taken: %1</source>
        <translation>यह QR स्वीकार नहीं किया जा सकता: %1</translation>
    </message>
    <message>
        <source>%1 B-Coins is more than this shop allows on %2 (up to %3 B-Coins).</source>
        <translation>%1 बी-कॉइन, %2 पर इस दुकान की अनुमति से ज़्यादा हैं (%3 बी-कॉइन तक)।</translation>
    </message>
    <message>
        <source>%1 less %2 B-Coins: the customer pays %3 and earns %4 B-Coins</source>
        <translation>%1 में से %2 बी-कॉइन घटाकर: ग्राहक %3 चुकाएगा और %4 बी-कॉइन कमाएगा</translation>
    </message>
    <message>
        <source>Saved %1 for customer %2 at this counter, redeeming %3 B-Coins: collect %4. It goes to the server as soon as it can.</source>
        <translation>ग्राहक %2 के लिए %1 इस काउंटर पर सहेजा गया, %3 बी-कॉइन भुनाए गए: %4 लें। यह जल्द से जल्द सर्वर पर भेजा जाएगा।</translation>
    </message>
    <message>
        <source>Saved %1 for customer %2 at this counter; it goes to the server as soon as it can.</source>
        <translation>ग्राहक %2 के लिए %1 इस काउंटर पर सहेजा गया; यह जल्द से जल्द सर्वर पर भेजा जाएगा।</translation>
    </message>
    <message>
        <source>Customer %1 earned %2 B-Coins on %3.</source>
        <translation>ग्राहक %1 ने %3 पर %2 बी-कॉइन कमाए।</translation>
    </message>
    <message>
        <source>New balance: %1 B-Coins.</source>
        <translation>नया बैलेंस: %1 बी-कॉइन।</translation>
    </message>
    <message>
        <source>The counter&apos;s database could not be read: %1</source>
        <translation>काउंटर का डेटाबेस पढ़ा नहीं जा सका: %1</translation>
    </message>
    <message>
        <source>A bill for customer %1 is being entered: confirm it with Enter or cancel it with Esc before serving the next customer.</source>
        <translation>ग्राहक %1 का बिल दर्ज हो रहा है: अगले ग्राहक से पहले उसे Enter से पक्का करें या Esc से रद्द करें।</translation>
    </message>
    <message>
        <source>Asking the server to confirm the spend request…</source>
        <translation>सर्वर से खर्च अनुरोध की पुष्टि माँगी जा रही है…</translation>
    </message>
    <message>
        <source>The server cannot be reached, and a spend request needs it: nothing was recorded. Ask the customer for their spend QR, or try again when online.</source>
        <translation>सर्वर तक पहुँच नहीं है, और खर्च अनुरोध के लिए सर्वर ज़रूरी है: कुछ दर्ज नहीं हुआ। ग्राहक से उनका खर्च QR माँगें, या ऑनलाइन होने पर फिर कोशिश करें।</translation>
    </message>
    <message>
        <source>The server refused the spend request of %1: %2</source>
        <translation>सर्वर ने %1 का खर्च अनुरोध अस्वीकार किया: %2</translation>
    </message>
    <message>
        <source>Customer %1 redeemed %2 B-Coins and earned %3 B-Coins on %4: collect %5. New balance: %6 B-Coins.</source>
        <translation>ग्राहक %1 ने %4 पर %2 B-Coins भुनाए और %3 B-Coins कमाए: %5 लें। नया बैलेंस: %6 B-Coins।</translation>
    </message>
    <message>
        <source>&amp;Redeem B-Coins</source>
        <translation>B-Coins भुनाएँ (&amp;R)</translation>
    </message>
    <message>
        <source>Spend request: the customer asks to redeem %1 B-Coins; the server confirms it online.</source>
        <translation>खर्च अनुरोध: ग्राहक %1 B-Coins भुनाना चाहते हैं; सर्वर इसकी ऑनलाइन पुष्टि करता है।</translation>
    </message>
    <message>
        <source>Spend QR for %1 B-Coins: at most %2 on %3 (this shop allows %4% of the bill). Coins not redeemed go back to the customer.</source>
        <translation>%1 B-Coins का खर्च QR: %3 पर अधिकतम %2 (यह दुकान बिल का %4% देती है)। न भुनाए गए कॉइन ग्राहक को वापस जाते हैं।</translation>
    </message>
    <message>
        <source>Spend QR for %1 B-Coins: type the bill to see how many this shop allows.</source>
        <translation>%1 B-Coins का खर्च QR: यह दुकान कितने देती है, देखने के लिए बिल लिखें।</translation>
    </message>
    <message>
        <source>Scan the customer&apos;s spend QR, or serve their spend request, to redeem B-Coins.</source>
        <translation>B-Coins भुनाने के लिए ग्राहक का खर्च QR स्कैन करें, या उनका खर्च अनुरोध लें।</translation>
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
        <translation>%2 पर %1 के रूप में साइन इन</translation>
    </message>
    <message>
        <source>C&amp;ounter</source>
        <translation>काउंटर (&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Refused sales…</source>
        <translation>अस्वीकृत बिक्री… (&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Sign out</source>
        <translation>साइन आउट करें (&amp;S)</translation>
    </message>
    <message>
        <source>Signing out is not possible now: the counter&apos;s database could not be read (%1).</source>
        <translation>अभी साइन आउट नहीं हो सकता: काउंटर का डेटाबेस पढ़ा नहीं जा सका (%1)।</translation>
    </message>
    <message>
        <source>Not signed out</source>
        <translation>साइन आउट नहीं हुआ</translation>
    </message>
    <message>
        <source>Sales at this counter that have not reached the server yet: %1. Signing out now would strand them, so stay signed in until the status bar shows nothing waiting.</source>
        <translation>इस काउंटर की बिक्री जो अभी सर्वर तक नहीं पहुँची: %1। अभी साइन आउट करने पर वे अटक जाएँगी, इसलिए जब तक स्टेटस बार में कुछ भी बाकी न दिखे, साइन इन रहें।</translation>
    </message>
    <message>
        <source>S&amp;ettings…</source>
        <translation>सेटिंग्स… (&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>बंद करें (&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>दृश्य (&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Counter</source>
        <translation>काउंटर (&amp;C)</translation>
    </message>
    <message>
        <source>Counter (F2)</source>
        <translation>काउंटर (F2)</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>इतिहास (&amp;H)</translation>
    </message>
    <message>
        <source>History (F3)</source>
        <translation>इतिहास (F3)</translation>
    </message>
    <message>
        <source>&amp;Analytics</source>
        <translation>विश्लेषण (&amp;A)</translation>
    </message>
    <message>
        <source>Analytics (F4)</source>
        <translation>विश्लेषण (F4)</translation>
    </message>
    <message>
        <source>Camera on/off</source>
        <translation>कैमरा चालू/बंद</translation>
    </message>
</context>
<context>
    <name>baartal::ui::CsvWriter</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 नहीं लिखी जा सकी: %2</translation>
    </message>
</context>
<context>
    <name>baartal::ui::CustomerCard</name>
    <message>
        <source>Customer %1</source>
        <translation>ग्राहक %1</translation>
    </message>
    <message>
        <source>Customer %1 · %2</source>
        <translation>ग्राहक %1 · %2</translation>
    </message>
    <message>
        <source>online</source>
        <translation>ऑनलाइन</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>ऑफ़लाइन</translation>
    </message>
    <message>
        <source>No recent balance at this counter · %1</source>
        <translation>इस काउंटर पर हाल का बैलेंस नहीं · %1</translation>
    </message>
    <message>
        <source>Balance %1 B-Coins · as of %2 · %3</source>
        <translation>बैलेंस %1 B-Coins · %2 तक · %3</translation>
    </message>
</context>
<context>
    <name>baartal::ui::EnrolmentQuestion</name>
    <message>
        <source>No keychain found</source>
        <translation>कोई कीचेन नहीं मिला</translation>
    </message>
    <message>
        <source>No OS keychain was found on this PC, so the counter&apos;s signing key cannot be stored safely.

The key can instead be kept UNENCRYPTED in a file under your data folder:
%1

Anyone who can read that file (or a backup or a stolen disk) could upload sales as this counter. Installing and unlocking a keyring (for example gnome-keyring) is safer.</source>
        <translation>इस पीसी पर कोई OS कीचेन नहीं मिला, इसलिए काउंटर की साइनिंग कुंजी सुरक्षित रूप से नहीं रखी जा सकती।

इसके बदले कुंजी आपके डेटा फ़ोल्डर की एक फ़ाइल में बिना एन्क्रिप्शन के रखी जा सकती है:
%1

जो भी उस फ़ाइल को (या किसी बैकअप या चोरी हुई डिस्क से) पढ़ सकता है, वह इस काउंटर के नाम से बिक्री अपलोड कर सकता है। कोई कीरिंग (जैसे gnome-keyring) इंस्टॉल करके अनलॉक करना ज़्यादा सुरक्षित है।</translation>
    </message>
    <message>
        <source>Keep it in a file</source>
        <translation>इसे फ़ाइल में रखें</translation>
    </message>
    <message>
        <source>Counter key lost</source>
        <translation>काउंटर की कुंजी खो गई</translation>
    </message>
    <message>
        <source>This counter is enrolled, but its signing key is no longer in the keychain (it was removed, or the keyring was reset).

The counter must be enrolled again as a new device with a new key. Sales it recorded and did not upload yet cannot be signed with the lost key. The shop owner can revoke the old device.</source>
        <translation>यह काउंटर पंजीकृत है, पर इसकी साइनिंग कुंजी अब कीचेन में नहीं है (उसे हटा दिया गया, या कीरिंग रीसेट हो गई)।

काउंटर को नई कुंजी के साथ नए डिवाइस के रूप में फिर से पंजीकृत करना होगा। जो बिक्री इसने दर्ज की पर अभी अपलोड नहीं की, उस पर खोई हुई कुंजी से हस्ताक्षर नहीं हो सकते। दुकान का मालिक पुराने डिवाइस को रद्द कर सकता है।</translation>
    </message>
    <message>
        <source>Enrol again</source>
        <translation>फिर से पंजीकृत करें</translation>
    </message>
</context>
<context>
    <name>baartal::ui::HistoryExport</name>
    <message>
        <source>The export was cancelled.</source>
        <translation>निर्यात रद्द किया गया।</translation>
    </message>
</context>
<context>
    <name>baartal::ui::HistoryScreen</name>
    <message>
        <source>Export history</source>
        <translation>इतिहास निर्यात करें</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV फ़ाइलें (*.csv)</translation>
    </message>
    <message>
        <source>The start date is after the end date.</source>
        <translation>शुरू की तारीख़ अंतिम तारीख़ के बाद है।</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>से (&amp;F)</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>तक (&amp;T)</translation>
    </message>
    <message>
        <source>T&amp;oday</source>
        <translation>आज (&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Last 7 days</source>
        <translation>पिछले 7 दिन (&amp;L)</translation>
    </message>
    <message>
        <source>This mo&amp;nth</source>
        <translation>यह महीना (&amp;N)</translation>
    </message>
    <message>
        <source>C&amp;ustomer</source>
        <translation>ग्राहक (&amp;U)</translation>
    </message>
    <message>
        <source>Mobile number or customer id</source>
        <translation>मोबाइल नंबर या ग्राहक आईडी</translation>
    </message>
    <message>
        <source>T&amp;ype</source>
        <translation>प्रकार (&amp;Y)</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>सभी प्रकार</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>खोजें (&amp;S)</translation>
    </message>
    <message>
        <source>Enter in any filter also searches; Ctrl+F goes to the filters.</source>
        <translation>किसी भी फ़िल्टर में Enter दबाने से भी खोज होती है; Ctrl+F से फ़िल्टर पर जाएँ।</translation>
    </message>
    <message>
        <source>Load &amp;more</source>
        <translation>और दिखाएँ (&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>CSV निर्यात करें… (&amp;E)</translation>
    </message>
    <message>
        <source>Every transaction the filters match, all pages (Ctrl+E).</source>
        <translation>फ़िल्टर से मेल खाने वाला हर लेन-देन, सभी पेज (Ctrl+E)।</translation>
    </message>
    <message>
        <source>&amp;Cancel export</source>
        <translation>निर्यात रद्द करें (&amp;C)</translation>
    </message>
    <message>
        <source>Choose the days, customer or type, then press Enter to search.</source>
        <translation>दिन, ग्राहक या प्रकार चुनें, फिर खोजने के लिए Enter दबाएँ।</translation>
    </message>
    <message>
        <source>Loading transactions from the server…</source>
        <translation>सर्वर से लेन-देन लाए जा रहे हैं…</translation>
    </message>
    <message>
        <source>No transactions match these filters.</source>
        <translation>इन फ़िल्टरों से कोई लेन-देन मेल नहीं खाता।</translation>
    </message>
    <message>
        <source>Showing %1 of %2 transactions.</source>
        <translation>%2 में से %1 लेन-देन दिखाए जा रहे हैं।</translation>
    </message>
    <message>
        <source>History needs the server, which cannot be reached right now. Sales at the counter carry on and appear here once they sync.</source>
        <translation>इतिहास के लिए सर्वर चाहिए, जिससे अभी संपर्क नहीं हो पा रहा। काउंटर पर बिक्री जारी रहती है और सिंक होने पर यहाँ दिखेगी।</translation>
    </message>
    <message>
        <source>The server refused the search: %1</source>
        <translation>सर्वर ने खोज अस्वीकार की: %1</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>निर्यात हो रहा है…</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>%1 में निर्यात किया गया।</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>निर्यात रद्द; कोई फ़ाइल नहीं लिखी गई।</translation>
    </message>
    <message>
        <source>Export needs the server, which cannot be reached; no file was written.</source>
        <translation>निर्यात के लिए सर्वर चाहिए, जिससे संपर्क नहीं हो पा रहा; कोई फ़ाइल नहीं लिखी गई।</translation>
    </message>
    <message>
        <source>Export failed; no file was written: %1</source>
        <translation>निर्यात विफल; कोई फ़ाइल नहीं लिखी गई: %1</translation>
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
        <translation>भुनाना</translation>
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
        <translation>रेफ़रल बोनस</translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation>समाप्ति</translation>
    </message>
    <message>
        <source>Voided</source>
        <translation>रद्द किया गया</translation>
    </message>
    <message>
        <source>Reverses an earlier sale</source>
        <translation>पिछली बिक्री को उलटता है</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>पूरा</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>समय</translation>
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
        <translation>भुनाए</translation>
    </message>
    <message>
        <source>Earned</source>
        <translation>कमाए</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>स्थिति</translation>
    </message>
</context>
<context>
    <name>baartal::ui::LedgerCheckTab</name>
    <message>
        <source>&amp;Run ledger check (F5)</source>
        <translation>लेजर जाँच चलाएँ (&amp;R) (F5)</translation>
    </message>
    <message>
        <source>The check recomputes every balance from the ledger&apos;s rows and reports anything that does not add up.</source>
        <translation>यह जाँच लेजर की पंक्तियों से हर बैलेंस फिर से गिनती है और जो भी मेल नहीं खाता, उसे बताती है।</translation>
    </message>
    <message>
        <source>Checking the ledger…</source>
        <translation>लेजर जाँचा जा रहा है…</translation>
    </message>
    <message>
        <source>%1 transactions and %2 wallets checked at %3.</source>
        <translation>%3 पर %1 लेन-देन और %2 वॉलेट जाँचे गए।</translation>
    </message>
    <message>
        <source>Balanced: every posting adds up.</source>
        <translation>संतुलित: हर प्रविष्टि का हिसाब मिलता है।</translation>
    </message>
    <message>
        <source>Discrepancies found: %1.</source>
        <translation>गड़बड़ियाँ मिलीं: %1।</translation>
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
        <translation>ईमेल या फ़ोन</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>साइन इन करें</translation>
    </message>
    <message>
        <source>&amp;Server</source>
        <translation>सर्वर (&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Email or phone</source>
        <translation>ईमेल या फ़ोन (&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>पासवर्ड (&amp;P)</translation>
    </message>
    <message>
        <source>Enter your email or phone number.</source>
        <translation>अपना ईमेल या फ़ोन नंबर लिखें।</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>अपना पासवर्ड लिखें।</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>साइन इन हो रहा है…</translation>
    </message>
    <message>
        <source>The server at %1 cannot be reached. Check the address and the network.</source>
        <translation>%1 पर सर्वर तक नहीं पहुँचा जा सका। पता और नेटवर्क जाँचें।</translation>
    </message>
    <message>
        <source>The email or phone and password do not match.</source>
        <translation>ईमेल या फ़ोन और पासवर्ड मेल नहीं खाते।</translation>
    </message>
    <message>
        <source>Sign-in failed: %1</source>
        <translation>साइन इन नहीं हो सका: %1</translation>
    </message>
    <message>
        <source>Sign in with</source>
        <translation>इससे साइन इन करें</translation>
    </message>
    <message>
        <source>Pass&amp;word</source>
        <translation>पासवर्ड (&amp;W)</translation>
    </message>
    <message>
        <source>SMS c&amp;ode</source>
        <translation>SMS कोड (&amp;O)</translation>
    </message>
    <message>
        <source>P&amp;hone</source>
        <translation>फ़ोन (&amp;H)</translation>
    </message>
    <message>
        <source>10-digit mobile number</source>
        <translation>10 अंकों का मोबाइल नंबर</translation>
    </message>
    <message>
        <source>Co&amp;de from the SMS</source>
        <translation>SMS में आया कोड (&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Keep me signed in on this counter</source>
        <translation>इस काउंटर पर मुझे साइन इन रखें (&amp;K)</translation>
    </message>
    <message>
        <source>Signs in by itself when the counter starts, until you sign out. The password is not kept.</source>
        <translation>जब तक आप साइन आउट नहीं करते, काउंटर शुरू होने पर अपने आप साइन इन हो जाता है। पासवर्ड नहीं रखा जाता।</translation>
    </message>
    <message>
        <source>No OS keychain was found on this PC, so the sign-in cannot be kept safely. Install and unlock a keyring (for example gnome-keyring) to use this.</source>
        <translation>इस पीसी पर कोई OS कीचेन नहीं मिली, इसलिए साइन-इन सुरक्षित रूप से नहीं रखा जा सकता। इसका उपयोग करने के लिए कोई कीरिंग (जैसे gnome-keyring) इंस्टॉल करके अनलॉक करें।</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>रद्द करें</translation>
    </message>
    <message>
        <source>Enter your mobile number.</source>
        <translation>अपना मोबाइल नंबर दर्ज करें।</translation>
    </message>
    <message>
        <source>Enter the 6-digit code from the SMS.</source>
        <translation>SMS में आया 6 अंकों का कोड दर्ज करें।</translation>
    </message>
    <message>
        <source>Sending the code…</source>
        <translation>कोड भेजा जा रहा है…</translation>
    </message>
    <message numerus="yes">
        <source>A code was sent by SMS to %1. It is valid for %n minute(s).</source>
        <translation>
            <numerusform>%1 पर SMS से कोड भेजा गया। यह %n मिनट तक मान्य है।</numerusform>
            <numerusform>%1 पर SMS से कोड भेजा गया। यह %n मिनट तक मान्य है।</numerusform>
        </translation>
    </message>
    <message>
        <source>Send &amp;code</source>
        <translation>कोड भेजें (&amp;C)</translation>
    </message>
    <message>
        <source>Send the code &amp;again</source>
        <translation>कोड फिर से भेजें (&amp;A)</translation>
    </message>
    <message numerus="yes">
        <source>Send again in %n s</source>
        <translation>
            <numerusform>%n सेकंड में फिर भेजें</numerusform>
            <numerusform>%n सेकंड में फिर भेजें</numerusform>
        </translation>
    </message>
    <message>
        <source>This is a customer account. Your B-Coin wallet lives on your phone: scan the QR code at a Baartal shop&apos;s counter with your phone&apos;s camera; it opens %1/scan/… with your coins.</source>
        <translation>यह ग्राहक खाता है। आपका B-Coin वॉलेट आपके फ़ोन पर है: किसी Baartal दुकान के काउंटर पर लगा QR कोड अपने फ़ोन के कैमरे से स्कैन करें; वह आपके कॉइन के साथ %1/scan/… खोलता है।</translation>
    </message>
    <message>
        <source>Enter an Indian mobile number of 10 digits, for example 98200 12345.</source>
        <translation>10 अंकों का भारतीय मोबाइल नंबर दर्ज करें, जैसे 98200 12345।</translation>
    </message>
    <message>
        <source>A code was just sent to this phone. Wait a moment before asking for another.</source>
        <translation>इस फ़ोन पर अभी-अभी कोड भेजा गया है। दूसरा कोड माँगने से पहले थोड़ा रुकें।</translation>
    </message>
    <message>
        <source>Too many codes were asked for. Try again later, or sign in with your password.</source>
        <translation>बहुत अधिक कोड माँगे गए। बाद में फिर कोशिश करें, या अपने पासवर्ड से साइन इन करें।</translation>
    </message>
    <message>
        <source>The code is not right. Check the SMS and type it again.</source>
        <translation>कोड सही नहीं है। SMS देखकर इसे फिर से लिखें।</translation>
    </message>
    <message>
        <source>This code can no longer be used. Ask for a new one.</source>
        <translation>यह कोड अब उपयोग नहीं किया जा सकता। नया कोड माँगें।</translation>
    </message>
</context>
<context>
    <name>baartal::ui::MerchantsTab</name>
    <message>
        <source>Approved</source>
        <translation>मंज़ूर</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>अस्वीकृत</translation>
    </message>
    <message>
        <source>Waiting for approval</source>
        <translation>मंज़ूरी की प्रतीक्षा में</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>खोजें (&amp;S):</translation>
    </message>
    <message>
        <source>Shop name, owner&apos;s phone or pincode</source>
        <translation>दुकान का नाम, मालिक का फ़ोन या पिनकोड</translation>
    </message>
    <message>
        <source>S&amp;tate:</source>
        <translation>स्थिति (&amp;T):</translation>
    </message>
    <message>
        <source>All</source>
        <translation>सभी</translation>
    </message>
    <message>
        <source>Shop</source>
        <translation>दुकान</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>श्रेणी</translation>
    </message>
    <message>
        <source>Pincode</source>
        <translation>पिनकोड</translation>
    </message>
    <message>
        <source>Owner&apos;s login</source>
        <translation>मालिक का लॉगिन</translation>
    </message>
    <message>
        <source>State</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <source>Coins per ₹100</source>
        <translation>प्रति ₹100 कॉइन</translation>
    </message>
    <message>
        <source>&amp;Previous (PgUp)</source>
        <translation>पिछला (&amp;P) (PgUp)</translation>
    </message>
    <message>
        <source>&amp;Next (PgDn)</source>
        <translation>अगला (&amp;N) (PgDn)</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>पृष्ठ %1 / %2</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>लोड हो रहा है…</translation>
    </message>
    <message>
        <source>No shop matches.</source>
        <translation>कोई दुकान मेल नहीं खाती।</translation>
    </message>
    <message>
        <source>Shops found: %1</source>
        <translation>मिली दुकानें: %1</translation>
    </message>
</context>
<context>
    <name>baartal::ui::PasswordDialog</name>
    <message>
        <source>Confirm with your password</source>
        <translation>अपने पासवर्ड से पुष्टि करें</translation>
    </message>
    <message>
        <source>Issue %1 B-Coins to %2.</source>
        <translation>%2 को %1 बी-कॉइन दें।</translation>
    </message>
    <message>
        <source>Withdraw %1 B-Coins from %2.</source>
        <translation>%2 से %1 बी-कॉइन वापस लें।</translation>
    </message>
    <message>
        <source>Enter your own password to confirm. The server checks it and records the change under your name.</source>
        <translation>पुष्टि के लिए अपना पासवर्ड डालें। सर्वर इसे जाँचता है और बदलाव आपके नाम से दर्ज करता है।</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>पासवर्ड (&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Confirm</source>
        <translation>पुष्टि करें (&amp;C)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>रद्द करें</translation>
    </message>
</context>
<context>
    <name>baartal::ui::PosController</name>
    <message>
        <source>Your session has ended. Sign in again to continue.</source>
        <translation>आपका सत्र समाप्त हो गया है। जारी रखने के लिए फिर से साइन इन करें।</translation>
    </message>
    <message>
        <source>Signed out. Every sale of this counter has reached the server.</source>
        <translation>साइन आउट हो गया। इस काउंटर की हर बिक्री सर्वर तक पहुँच चुकी है।</translation>
    </message>
    <message>
        <source>This merchant account has no shop yet. Register the shop first, then sign in here.</source>
        <translation>इस व्यापारी खाते की अभी कोई दुकान नहीं है। पहले दुकान पंजीकृत करें, फिर यहाँ साइन इन करें।</translation>
    </message>
    <message>
        <source>The shop&apos;s settings could not be loaded: %1</source>
        <translation>दुकान की सेटिंग लोड नहीं हो सकीं: %1</translation>
    </message>
    <message>
        <source>The counter cannot start: %1</source>
        <translation>काउंटर शुरू नहीं हो सकता: %1</translation>
    </message>
    <message>
        <source>Counter</source>
        <translation>काउंटर</translation>
    </message>
    <message>
        <source>The counter was not opened: no OS keychain was found, and its key may not be kept in a file. Install and unlock a keyring (for example gnome-keyring), or sign in again and choose to keep the key in a file.</source>
        <translation>काउंटर नहीं खुला: कोई OS कीचेन नहीं मिला, और उसकी कुंजी फ़ाइल में रखने की अनुमति नहीं दी गई। कोई कीरिंग (जैसे gnome-keyring) इंस्टॉल करके अनलॉक करें, या फिर से साइन इन करके कुंजी फ़ाइल में रखना चुनें।</translation>
    </message>
    <message>
        <source>The counter was not opened: it cannot sign its sales until it is enrolled again.</source>
        <translation>काउंटर नहीं खुला: जब तक इसे फिर से पंजीकृत नहीं किया जाता, यह अपनी बिक्री पर हस्ताक्षर नहीं कर सकता।</translation>
    </message>
    <message>
        <source>This counter has to be enrolled with the server once, while the server can be reached, before it can work offline. Sign in again when the network is back.</source>
        <translation>ऑफ़लाइन काम करने से पहले इस काउंटर को एक बार सर्वर के साथ पंजीकृत करना होगा, जब सर्वर तक पहुँचा जा सके। नेटवर्क वापस आने पर फिर से साइन इन करें।</translation>
    </message>
    <message>
        <source>This counter could not be enrolled: %1</source>
        <translation>यह काउंटर पंजीकृत नहीं हो सका: %1</translation>
    </message>
    <message>
        <source>The saved sign-in could not be renewed: the server at %1 cannot be reached. Sign in when the network is back.</source>
        <translation>सहेजा गया साइन-इन नवीनीकृत नहीं हो सका: %1 पर सर्वर तक नहीं पहुँचा जा सकता। नेटवर्क लौटने पर साइन इन करें।</translation>
    </message>
    <message>
        <source>The saved sign-in has ended (it expired, or this counter was signed out elsewhere). Sign in again.</source>
        <translation>सहेजा गया साइन-इन समाप्त हो गया है (उसकी अवधि खत्म हो गई, या इस काउंटर को कहीं और से साइन आउट किया गया)। फिर से साइन इन करें।</translation>
    </message>
    <message>
        <source>Signed out.</source>
        <translation>साइन आउट हो गया।</translation>
    </message>
</context>
<context>
    <name>baartal::ui::ReceiptPrinter</name>
    <message>
        <source>No printer is installed on this computer. Install the receipt printer, or save the receipt as a PDF.</source>
        <translation>इस कंप्यूटर पर कोई प्रिंटर इंस्टॉल नहीं है। रसीद प्रिंटर इंस्टॉल करें, या रसीद को PDF के रूप में सहेजें।</translation>
    </message>
    <message>
        <source>No default printer is set. Choose the receipt printer in the settings.</source>
        <translation>कोई डिफ़ॉल्ट प्रिंटर सेट नहीं है। सेटिंग्स में रसीद प्रिंटर चुनें।</translation>
    </message>
    <message>
        <source>The printer &quot;%1&quot; is not installed. Choose another one in the settings.</source>
        <translation>प्रिंटर &quot;%1&quot; इंस्टॉल नहीं है। सेटिंग्स में कोई दूसरा चुनें।</translation>
    </message>
    <message>
        <source>Receipt %1</source>
        <translation>रसीद %1</translation>
    </message>
    <message>
        <source>The printer &quot;%1&quot; did not take the receipt.</source>
        <translation>प्रिंटर &quot;%1&quot; ने रसीद स्वीकार नहीं की।</translation>
    </message>
    <message>
        <source>The receipt could not be saved as %1.</source>
        <translation>रसीद %1 के रूप में सहेजी नहीं जा सकी।</translation>
    </message>
</context>
<context>
    <name>baartal::ui::ReceiptRenderer</name>
    <message>
        <source>VOID — this sale was reversed</source>
        <translation>रद्द — यह बिक्री उलट दी गई</translation>
    </message>
    <message>
        <source>Sale receipt</source>
        <translation>बिक्री रसीद</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>तारीख</translation>
    </message>
    <message>
        <source>Transaction</source>
        <translation>लेन-देन</translation>
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
        <source>B-Coins redeemed</source>
        <translation>भुनाए गए बी-कॉइन</translation>
    </message>
    <message>
        <source>Amount payable</source>
        <translation>देय राशि</translation>
    </message>
    <message>
        <source>B-Coins earned (pending)</source>
        <translation>मिले बी-कॉइन (लंबित)</translation>
    </message>
    <message>
        <source>The server confirms the coins when this counter syncs.</source>
        <translation>यह काउंटर सिंक होने पर सर्वर कॉइन की पुष्टि करता है।</translation>
    </message>
    <message>
        <source>B-Coins earned</source>
        <translation>मिले बी-कॉइन</translation>
    </message>
    <message>
        <source>The server refused this sale: %1 No B-Coins were earned or redeemed.</source>
        <translation>सर्वर ने यह बिक्री अस्वीकार की: %1 कोई बी-कॉइन न मिले, न भुनाए गए।</translation>
    </message>
    <message>
        <source>B-Coins balance</source>
        <translation>बी-कॉइन शेष</translation>
    </message>
    <message>
        <source>VOIDED</source>
        <translation>रद्द</translation>
    </message>
    <message>
        <source>Void transaction</source>
        <translation>रद्दीकरण लेन-देन</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>कारण: %1</translation>
    </message>
    <message>
        <source>The B-Coins this sale earned are taken back and those it redeemed are returned.</source>
        <translation>इस बिक्री पर मिले बी-कॉइन वापस ले लिए गए हैं और भुनाए गए बी-कॉइन लौटा दिए गए हैं।</translation>
    </message>
    <message>
        <source>Thank you! Earn and redeem B-Coins with Baartal.</source>
        <translation>धन्यवाद! बारटल के साथ बी-कॉइन कमाएँ और भुनाएँ।</translation>
    </message>
    <message>
        <source>Receipt roll %1 mm</source>
        <translation>रसीद रोल %1 मिमी</translation>
    </message>
    <message>
        <source>The printer does not take %1 paper.</source>
        <translation>प्रिंटर %1 कागज़ स्वीकार नहीं करता।</translation>
    </message>
</context>
<context>
    <name>baartal::ui::RecentSalesPanel</name>
    <message>
        <source>Today&apos;s sales could not be read: %1</source>
        <translation>आज की बिक्री पढ़ी नहीं जा सकी: %1</translation>
    </message>
    <message>
        <source>%1 expected</source>
        <translation>%1 अपेक्षित</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>लंबित</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>पुष्ट</translation>
    </message>
    <message>
        <source>refused: %1</source>
        <translation>अस्वीकृत: %1</translation>
    </message>
    <message>
        <source>voided: %1</source>
        <translation>रद्द: %1</translation>
    </message>
    <message>
        <source>Void the selected sale with a reversing transaction (Delete or Ctrl+D)</source>
        <translation>चुनी गई बिक्री को उलटे लेन-देन से रद्द करें (Delete या Ctrl+D)</translation>
    </message>
    <message>
        <source>Select a sale to void it.</source>
        <translation>रद्द करने के लिए कोई बिक्री चुनें।</translation>
    </message>
    <message>
        <source>Voids are turned off in the settings (void window 0 minutes).</source>
        <translation>सेटिंग्स में रद्द करना बंद है (रद्द करने की अवधि 0 मिनट)।</translation>
    </message>
    <message>
        <source>The server refused this sale, so there is nothing to void.</source>
        <translation>सर्वर ने यह बिक्री अस्वीकार की थी, इसलिए रद्द करने को कुछ नहीं है।</translation>
    </message>
    <message>
        <source>This sale is voided already.</source>
        <translation>यह बिक्री पहले ही रद्द हो चुकी है।</translation>
    </message>
    <message>
        <source>Save the receipt as PDF</source>
        <translation>रसीद PDF के रूप में सहेजें</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF फ़ाइलें (*.pdf)</translation>
    </message>
    <message>
        <source>The sale was not voided: %1</source>
        <translation>बिक्री रद्द नहीं हुई: %1</translation>
    </message>
    <message>
        <source>Sale %1 voided; the reversing transaction goes to the server as soon as it can.</source>
        <translation>बिक्री %1 रद्द की गई; उलटा लेन-देन जितनी जल्दी हो सके सर्वर पर जाएगा।</translation>
    </message>
    <message>
        <source>The receipt was not printed: %1</source>
        <translation>रसीद प्रिंट नहीं हुई: %1</translation>
    </message>
    <message>
        <source>Receipt %1 printed.</source>
        <translation>रसीद %1 प्रिंट हो गई।</translation>
    </message>
    <message>
        <source>Receipt %1 saved as %2.</source>
        <translation>रसीद %1 को %2 के रूप में सहेजा गया।</translation>
    </message>
    <message>
        <source>&amp;Today&apos;s sales at this counter</source>
        <translation>इस काउंटर पर आज की बिक्री (&amp;T)</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>समय</translation>
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
        <translation>भुनाए</translation>
    </message>
    <message>
        <source>B-Coins earned</source>
        <translation>मिले बी-कॉइन</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <source>Reprint receipt</source>
        <translation>रसीद फिर से प्रिंट करें</translation>
    </message>
    <message>
        <source>Print the selected sale&apos;s receipt again (Ctrl+P)</source>
        <translation>चुनी गई बिक्री की रसीद फिर से प्रिंट करें (Ctrl+P)</translation>
    </message>
    <message>
        <source>Save receipt as PDF…</source>
        <translation>रसीद PDF में सहेजें…</translation>
    </message>
    <message>
        <source>Save the selected sale&apos;s receipt as a PDF file (Ctrl+Shift+P)</source>
        <translation>चुनी गई बिक्री की रसीद PDF फ़ाइल के रूप में सहेजें (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <source>Void sale…</source>
        <translation>बिक्री रद्द करें…</translation>
    </message>
    <message>
        <source>This sale is older than the void window (%1 min) and can no longer be voided.</source>
        <translation>यह बिक्री रद्द करने की अवधि (%1 मिनट) से पुरानी है और अब रद्द नहीं की जा सकती।</translation>
    </message>
</context>
<context>
    <name>baartal::ui::ReconciliationDialog</name>
    <message>
        <source>Sales the server refused</source>
        <translation>सर्वर द्वारा अस्वीकृत बिक्री</translation>
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
        <translation>राशि</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>कारण</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>ताज़ा करें (&amp;R)</translation>
    </message>
    <message>
        <source>The counter&apos;s database could not be read: %1</source>
        <translation>काउंटर का डेटाबेस पढ़ा नहीं जा सका: %1</translation>
    </message>
    <message>
        <source>The server has refused nothing from this counter.</source>
        <translation>सर्वर ने इस काउंटर से कुछ भी अस्वीकार नहीं किया है।</translation>
    </message>
    <message>
        <source>The server refused these actions; nothing moved for them. Settle them with the customer.</source>
        <translation>सर्वर ने ये कार्य अस्वीकार किए; इनके लिए कुछ भी नहीं बदला। ग्राहक के साथ इनका निपटारा करें।</translation>
    </message>
    <message>
        <source>%1, redeeming %2 B-Coins</source>
        <translation>%1, %2 बी-कॉइन भुनाते हुए</translation>
    </message>
    <message>
        <source>void of an earlier sale</source>
        <translation>पिछली बिक्री का रद्दीकरण</translation>
    </message>
</context>
<context>
    <name>baartal::ui::RefusalText</name>
    <message>
        <source>the customer is not known to the server</source>
        <translation>यह ग्राहक सर्वर पर नहीं है</translation>
    </message>
    <message>
        <source>this shop is not approved yet</source>
        <translation>इस दुकान को अभी मंज़ूरी नहीं मिली है</translation>
    </message>
    <message>
        <source>the spend QR was already used at another counter; no coins were redeemed</source>
        <translation>खर्च QR पहले ही किसी दूसरे काउंटर पर इस्तेमाल हो चुका था; कोई कॉइन नहीं भुनाए गए</translation>
    </message>
    <message>
        <source>the spend QR had expired or was cancelled; no coins were redeemed</source>
        <translation>खर्च QR की अवधि खत्म हो गई थी या वह रद्द था; कोई कॉइन नहीं भुनाए गए</translation>
    </message>
    <message>
        <source>the customer did not have enough B-Coins</source>
        <translation>ग्राहक के पास पर्याप्त बी-कॉइन नहीं थे</translation>
    </message>
    <message>
        <source>more coins than this shop allows on that bill</source>
        <translation>उस बिल पर इस दुकान की अनुमति से ज़्यादा कॉइन</translation>
    </message>
    <message>
        <source>the sale was voided already</source>
        <translation>बिक्री पहले ही रद्द की जा चुकी थी</translation>
    </message>
    <message>
        <source>the server has no such sale to void</source>
        <translation>सर्वर पर रद्द करने के लिए ऐसी कोई बिक्री नहीं है</translation>
    </message>
    <message>
        <source>this counter already took that spend QR</source>
        <translation>यह काउंटर वह खर्च QR पहले ही ले चुका है</translation>
    </message>
    <message>
        <source>the spend QR was already redeemed or cancelled</source>
        <translation>खर्च QR पहले ही भुनाया या रद्द किया जा चुका है</translation>
    </message>
    <message>
        <source>the spend QR is for another shop</source>
        <translation>यह खर्च QR किसी दूसरी दुकान के लिए है</translation>
    </message>
    <message>
        <source>that is not the kind of QR expected here</source>
        <translation>यहाँ इस तरह का QR अपेक्षित नहीं है</translation>
    </message>
    <message>
        <source>that is not a Baartal QR</source>
        <translation>यह बारताल QR नहीं है</translation>
    </message>
    <message>
        <source>the QR is signed with a key this counter does not know yet; connect to the server once</source>
        <translation>QR ऐसी कुंजी से हस्ताक्षरित है जिसे यह काउंटर अभी नहीं जानता; एक बार सर्वर से जुड़ें</translation>
    </message>
    <message>
        <source>the QR was altered or forged</source>
        <translation>QR बदला गया या जाली है</translation>
    </message>
    <message>
        <source>the QR is dated in the future; check this computer&apos;s clock</source>
        <translation>QR पर भविष्य की तारीख है; इस कंप्यूटर की घड़ी जाँचें</translation>
    </message>
    <message>
        <source>refused by the server (%1)</source>
        <translation>सर्वर ने अस्वीकार किया (%1)</translation>
    </message>
    <message>
        <source>the server cannot be reached; try again when the counter is online</source>
        <translation>सर्वर तक पहुँच नहीं है; काउंटर ऑनलाइन होने पर फिर कोशिश करें</translation>
    </message>
    <message>
        <source>the spend request lapsed or the customer withdrew it; they can ask again</source>
        <translation>खर्च अनुरोध की अवधि बीत गई या ग्राहक ने उसे वापस लिया; वे फिर माँग सकते हैं</translation>
    </message>
    <message>
        <source>the spend request was already answered</source>
        <translation>खर्च अनुरोध का उत्तर पहले ही दिया जा चुका है</translation>
    </message>
</context>
<context>
    <name>baartal::ui::ScanPanel</name>
    <message>
        <source>Ca&amp;mera:</source>
        <translation>कैमरा (&amp;M):</translation>
    </message>
    <message>
        <source>Reso&amp;lution:</source>
        <translation>रिज़ॉल्यूशन (&amp;L):</translation>
    </message>
    <message>
        <source>Camera&apos;s choice</source>
        <translation>कैमरे की अपनी पसंद</translation>
    </message>
    <message>
        <source>Stop camera</source>
        <translation>कैमरा बंद करें</translation>
    </message>
    <message>
        <source>Start camera</source>
        <translation>कैमरा चालू करें</translation>
    </message>
    <message>
        <source>The webcam that reads customers&apos; QR codes</source>
        <translation>वह वेबकैम जो ग्राहकों के QR कोड पढ़ता है</translation>
    </message>
    <message>
        <source>Scanning a test picture</source>
        <translation>एक परीक्षण चित्र स्कैन हो रहा है</translation>
    </message>
    <message>
        <source>Camera off</source>
        <translation>कैमरा बंद है</translation>
    </message>
    <message>
        <source>Starting %1…</source>
        <translation>%1 चालू हो रहा है…</translation>
    </message>
    <message>
        <source>Scanning with %1 at %2 × %3</source>
        <translation>%1 से %2 × %3 पर स्कैन हो रहा है</translation>
    </message>
    <message>
        <source>Scanning with %1</source>
        <translation>%1 से स्कैन हो रहा है</translation>
    </message>
    <message>
        <source>No camera found: type the code or use a USB scanner.</source>
        <translation>कोई कैमरा नहीं मिला: कोड टाइप करें या USB स्कैनर का उपयोग करें।</translation>
    </message>
    <message>
        <source>The camera failed: %1</source>
        <translation>कैमरा नहीं चला: %1</translation>
    </message>
</context>
<context>
    <name>baartal::ui::ScanPreview</name>
    <message>
        <source>No camera: type the code or use a USB scanner</source>
        <translation>कैमरा नहीं है: कोड टाइप करें या USB स्कैनर का उपयोग करें</translation>
    </message>
    <message>
        <source>Camera off</source>
        <translation>कैमरा बंद है</translation>
    </message>
    <message>
        <source>Camera preview</source>
        <translation>कैमरे का पूर्वावलोकन</translation>
    </message>
</context>
<context>
    <name>baartal::ui::ServerAddress</name>
    <message>
        <source>Enter the server address as http:// or https:// and a host, for example http://127.0.0.1:8080.</source>
        <translation>सर्वर का पता http:// या https:// और होस्ट के साथ दर्ज करें, जैसे http://127.0.0.1:8080।</translation>
    </message>
</context>
<context>
    <name>baartal::ui::SettingsDialog</name>
    <message>
        <source>The camera&apos;s own choice</source>
        <translation>कैमरे की अपनी पसंद</translation>
    </message>
    <message>
        <source>Counter settings</source>
        <translation>काउंटर की सेटिंग्स</translation>
    </message>
    <message>
        <source>&amp;Server</source>
        <translation>सर्वर (&amp;S)</translation>
    </message>
    <message>
        <source>The address of baartal-server. A new address is used at the next sign-in.</source>
        <translation>baartal-server का पता। नया पता अगली बार साइन इन करने पर उपयोग होता है।</translation>
    </message>
    <message>
        <source>&amp;Camera</source>
        <translation>कैमरा (&amp;C)</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>सिस्टम का डिफ़ॉल्ट</translation>
    </message>
    <message>
        <source>The saved camera (not connected)</source>
        <translation>सहेजा गया कैमरा (जुड़ा नहीं है)</translation>
    </message>
    <message>
        <source>No camera found. Connect a webcam, or type the codes or use a USB scanner.</source>
        <translation>कोई कैमरा नहीं मिला। वेबकैम जोड़ें, या कोड टाइप करें या USB स्कैनर का उपयोग करें।</translation>
    </message>
    <message>
        <source>&amp;Resolution</source>
        <translation>रिज़ॉल्यूशन (&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Printer</source>
        <translation>प्रिंटर (&amp;P)</translation>
    </message>
    <message>
        <source>%1 (not installed)</source>
        <translation>%1 (इंस्टॉल नहीं है)</translation>
    </message>
    <message>
        <source>No printer is installed on this PC. Receipts can still be saved as PDF.</source>
        <translation>इस पीसी पर कोई प्रिंटर इंस्टॉल नहीं है। रसीदें फिर भी PDF के रूप में सहेजी जा सकती हैं।</translation>
    </message>
    <message>
        <source>Receipt p&amp;aper</source>
        <translation>रसीद का कागज़ (&amp;A)</translation>
    </message>
    <message>
        <source>58 mm thermal roll</source>
        <translation>58 मिमी थर्मल रोल</translation>
    </message>
    <message>
        <source>80 mm thermal roll</source>
        <translation>80 मिमी थर्मल रोल</translation>
    </message>
    <message>
        <source>A4 sheet</source>
        <translation>A4 शीट</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>भाषा (&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Void window</source>
        <translation>रद्द करने की अवधि (&amp;V)</translation>
    </message>
    <message>
        <source> min</source>
        <translation> मिनट</translation>
    </message>
    <message>
        <source>Voids off</source>
        <translation>रद्द करना बंद</translation>
    </message>
    <message>
        <source>How many minutes after a sale it may still be voided; 0 turns voids off.</source>
        <translation>बिक्री के कितने मिनट बाद तक उसे रद्द किया जा सकता है; 0 से रद्द करना बंद हो जाता है।</translation>
    </message>
    <message>
        <source>&amp;Beep on a good scan</source>
        <translation>सही स्कैन पर बीप (&amp;B)</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>ठीक है</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>रद्द करें</translation>
    </message>
</context>
<context>
    <name>baartal::ui::SyncStatusWidget</name>
    <message>
        <source>Sync stopped</source>
        <translation>सिंक रुका हुआ है</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>ऑनलाइन</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>ऑफ़लाइन</translation>
    </message>
    <message>
        <source>Last sync %1</source>
        <translation>पिछला सिंक %1</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>अभी तक सिंक नहीं हुआ</translation>
    </message>
    <message>
        <source>Sync stopped: %1 Sales are still kept at this counter.</source>
        <translation>सिंक रुका: %1 बिक्री अब भी इस काउंटर पर सुरक्षित रखी जा रही है।</translation>
    </message>
    <message>
        <source>The server cannot be reached. Trading continues: sales are kept at this counter and sent when the connection returns.</source>
        <translation>सर्वर से संपर्क नहीं हो पा रहा। कारोबार जारी है: बिक्री इस काउंटर पर रखी जाती है और कनेक्शन लौटने पर भेजी जाएगी।</translation>
    </message>
    <message>
        <source>Next try at %1.</source>
        <translation>अगला प्रयास %1 पर।</translation>
    </message>
    <message>
        <source>this counter was revoked on the server. Enrol it again to send its sales.</source>
        <translation>इस काउंटर को सर्वर पर रद्द कर दिया गया है। इसकी बिक्री भेजने के लिए इसे फिर से पंजीकृत करें।</translation>
    </message>
    <message>
        <source>the server does not know this counter. Enrol it again to send its sales.</source>
        <translation>सर्वर इस काउंटर को नहीं जानता। इसकी बिक्री भेजने के लिए इसे फिर से पंजीकृत करें।</translation>
    </message>
    <message>
        <source>the server refused this counter&apos;s sales (%1: %2).</source>
        <translation>सर्वर ने इस काउंटर की बिक्री अस्वीकार की (%1: %2)।</translation>
    </message>
    <message>
        <source>Waiting to sync: %1</source>
        <translation>सिंक के लिए बाकी: %1</translation>
    </message>
</context>
<context>
    <name>baartal::ui::VoidDialog</name>
    <message>
        <source>Void a sale</source>
        <translation>बिक्री रद्द करें</translation>
    </message>
    <message>
        <source>Void the sale of %1 to customer %2 at %3? A reversing transaction goes to the server: the B-Coins this sale earned are taken back and those it redeemed are returned.</source>
        <translation>ग्राहक %2 को %3 पर हुई %1 की बिक्री रद्द करें? सर्वर पर एक उलटा लेन-देन जाएगा: इस बिक्री पर मिले बी-कॉइन वापस लिए जाएँगे और भुनाए गए बी-कॉइन लौटाए जाएँगे।</translation>
    </message>
    <message>
        <source>&amp;Reason (required)</source>
        <translation>कारण (ज़रूरी) (&amp;R)</translation>
    </message>
    <message>
        <source>e.g. wrong amount typed</source>
        <translation>जैसे: गलत राशि टाइप हुई</translation>
    </message>
    <message>
        <source>&amp;Void sale</source>
        <translation>बिक्री रद्द करें (&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Keep sale</source>
        <translation>बिक्री रहने दें (&amp;K)</translation>
    </message>
    <message>
        <source>%1 of %2 characters</source>
        <translation>%2 में से %1 अक्षर</translation>
    </message>
</context>
<context>
    <name>baartal::ui::WaitingCustomersPanel</name>
    <message>
        <source>Spend request %1: %2 asks to redeem %3 B-Coins (balance %4)</source>
        <translation>खर्च अनुरोध %1: %2 %3 B-Coins भुनाना चाहते हैं (बैलेंस %4)</translation>
    </message>
    <message>
        <source>Check-in %1: %2 (%3), balance %4 B-Coins</source>
        <translation>चेक-इन %1: %2 (%3), बैलेंस %4 B-Coins</translation>
    </message>
    <message>
        <source>&amp;Waiting customers (F5 refreshes)</source>
        <translation>प्रतीक्षारत ग्राहक (&amp;W) (F5 ताज़ा करता है)</translation>
    </message>
    <message>
        <source>Asking the server who is waiting…</source>
        <translation>सर्वर से पूछा जा रहा है कि कौन प्रतीक्षा में है…</translation>
    </message>
    <message>
        <source>The waiting list is unavailable offline. Sales at the counter go on.</source>
        <translation>ऑफ़लाइन होने पर प्रतीक्षा सूची उपलब्ध नहीं है। काउंटर पर बिक्री जारी रहती है।</translation>
    </message>
    <message>
        <source>The waiting list could not be loaded: %1</source>
        <translation>प्रतीक्षा सूची लोड नहीं हो सकी: %1</translation>
    </message>
    <message>
        <source>Nobody is waiting.</source>
        <translation>कोई प्रतीक्षा में नहीं है।</translation>
    </message>
    <message>
        <source>Enter serves the customer; Delete declines a spend request.</source>
        <translation>Enter से ग्राहक की सेवा करें; Delete से खर्च अनुरोध अस्वीकार करें।</translation>
    </message>
    <message>
        <source>Declined the spend request of %1.</source>
        <translation>%1 का खर्च अनुरोध अस्वीकार किया।</translation>
    </message>
    <message>
        <source>The spend request of %1 was not declined: %2</source>
        <translation>%1 का खर्च अनुरोध अस्वीकार नहीं हुआ: %2</translation>
    </message>
</context>
<context>
    <name>baartal::ui::WalletAdjustmentTab</name>
    <message>
        <source>Large adjustment</source>
        <translation>बड़ा समायोजन</translation>
    </message>
    <message>
        <source>Issue %1 B-Coins to %2? That is a large amount.</source>
        <translation>%2 को %1 बी-कॉइन दें? यह बड़ी राशि है।</translation>
    </message>
    <message>
        <source>Withdraw %1 B-Coins from %2? That is a large amount.</source>
        <translation>%2 से %1 बी-कॉइन वापस लें? यह बड़ी राशि है।</translation>
    </message>
    <message>
        <source>Customer&apos;s &amp;phone:</source>
        <translation>ग्राहक का फ़ोन (&amp;P):</translation>
    </message>
    <message>
        <source>10-digit mobile number</source>
        <translation>10 अंकों का मोबाइल नंबर</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>खोजें (&amp;F)</translation>
    </message>
    <message>
        <source>&amp;B-Coins:</source>
        <translation>बी-कॉइन (&amp;B):</translation>
    </message>
    <message>
        <source>Positive to issue coins, negative to withdraw them</source>
        <translation>कॉइन देने के लिए धनात्मक, वापस लेने के लिए ऋणात्मक</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>कारण (&amp;R):</translation>
    </message>
    <message>
        <source>Required, e.g. goodwill for a failed scan</source>
        <translation>ज़रूरी, जैसे असफल स्कैन के लिए सद्भावना</translation>
    </message>
    <message>
        <source>&amp;Adjust wallet…</source>
        <translation>वॉलेट समायोजित करें (&amp;A)…</translation>
    </message>
    <message>
        <source>Customer %1 — balance %2 B-Coins</source>
        <translation>ग्राहक %1 — बैलेंस %2 बी-कॉइन</translation>
    </message>
    <message>
        <source>No customer chosen.</source>
        <translation>कोई ग्राहक नहीं चुना गया।</translation>
    </message>
    <message>
        <source>Looking up the customer…</source>
        <translation>ग्राहक को खोजा जा रहा है…</translation>
    </message>
    <message>
        <source>Recording the adjustment…</source>
        <translation>समायोजन दर्ज किया जा रहा है…</translation>
    </message>
    <message>
        <source>Enter the customer&apos;s phone number.</source>
        <translation>ग्राहक का फ़ोन नंबर डालें।</translation>
    </message>
    <message>
        <source>Find the customer by phone first.</source>
        <translation>पहले फ़ोन नंबर से ग्राहक खोजें।</translation>
    </message>
    <message>
        <source>Enter the coins: positive to issue, negative to withdraw.</source>
        <translation>कॉइन डालें: देने के लिए धनात्मक, वापस लेने के लिए ऋणात्मक।</translation>
    </message>
    <message>
        <source>Enter the reason; it is kept with the adjustment.</source>
        <translation>कारण डालें; यह समायोजन के साथ रखा जाता है।</translation>
    </message>
    <message>
        <source>Issued %1 B-Coins.</source>
        <translation>%1 बी-कॉइन दिए गए।</translation>
    </message>
    <message>
        <source>Withdrew %1 B-Coins.</source>
        <translation>%1 बी-कॉइन वापस लिए गए।</translation>
    </message>
    <message>
        <source>New balance: %1 B-Coins.</source>
        <translation>नया बैलेंस: %1 बी-कॉइन।</translation>
    </message>
</context>
</TS>
