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
    <message>
        <source>The settings file (instead of the user&apos;s own).</source>
        <translation>सेटिंग्ज फाइल (वापरकर्त्याच्या स्वतःच्या फाइलऐवजी).</translation>
    </message>
    <message>
        <source>A picture to show as the webcam (demos, no camera).</source>
        <translation>वेबकॅमऐवजी दाखवायचे चित्र (डेमो, कॅमेरा नसताना).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a picture.</source>
        <translation>&quot;%1&quot; हे चित्र नाही.</translation>
    </message>
</context>
<context>
    <name>baartal::ui::AdminProblemText</name>
    <message>
        <source>Offline: the server cannot be reached, so nothing was changed. Check the connection and try again.</source>
        <translation>ऑफलाइन: सर्व्हरपर्यंत पोहोचता येत नाही, त्यामुळे काहीही बदलले नाही. कनेक्शन तपासा आणि पुन्हा प्रयत्न करा.</translation>
    </message>
    <message>
        <source>That password is not right. Nothing was changed.</source>
        <translation>हा पासवर्ड बरोबर नाही. काहीही बदलले नाही.</translation>
    </message>
    <message>
        <source>No customer has this phone number.</source>
        <translation>या फोन नंबरचा कोणताही ग्राहक नाही.</translation>
    </message>
    <message>
        <source>Enter a 10-digit mobile number (or the customer&apos;s e-mail).</source>
        <translation>10 अंकी मोबाइल नंबर (किंवा ग्राहकाचा ई-मेल) टाका.</translation>
    </message>
    <message>
        <source>The customer does not have that many coins to withdraw. Nothing was changed.</source>
        <translation>ग्राहकाकडे काढून घेण्यासाठी इतके कॉइन नाहीत. काहीही बदलले नाही.</translation>
    </message>
    <message>
        <source>Another admin has already decided on this shop. The queue is refreshed.</source>
        <translation>या दुकानाबद्दल दुसऱ्या अ‍ॅडमिनने आधीच निर्णय घेतला आहे. यादी पुन्हा लोड केली आहे.</translation>
    </message>
    <message>
        <source>Enter a 6-digit pincode.</source>
        <translation>6 अंकी पिनकोड टाका.</translation>
    </message>
    <message>
        <source>Enter a bundle name of up to 80 characters.</source>
        <translation>80 अक्षरांपर्यंतचे बंडलचे नाव टाका.</translation>
    </message>
    <message>
        <source>This session may not use the admin console. Sign in again as an admin.</source>
        <translation>हे सत्र अ‍ॅडमिन कन्सोल वापरू शकत नाही. अ‍ॅडमिन म्हणून पुन्हा साइन इन करा.</translation>
    </message>
    <message>
        <source>The server refused: %1</source>
        <translation>सर्व्हरने नाकारले: %1</translation>
    </message>
</context>
<context>
    <name>baartal::ui::AdminWindow</name>
    <message>
        <source>Baartal admin console</source>
        <translation>बारताल अ‍ॅडमिन कन्सोल</translation>
    </message>
    <message>
        <source>&amp;1 Approvals</source>
        <translation>&amp;1 मंजुरी</translation>
    </message>
    <message>
        <source>&amp;2 Shops</source>
        <translation>&amp;2 दुकाने</translation>
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
        <translation>&amp;5 लेजर तपासणी</translation>
    </message>
    <message>
        <source>Sign &amp;out (Ctrl+Shift+Q)</source>
        <translation>साइन आउट (&amp;O) (Ctrl+Shift+Q)</translation>
    </message>
    <message>
        <source>Signed in as %1 (admin)</source>
        <translation>%1 म्हणून साइन इन (अ‍ॅडमिन)</translation>
    </message>
</context>
<context>
    <name>baartal::ui::AnalyticsCharts</name>
    <message>
        <source>Monthly footfall</source>
        <translation>मासिक ग्राहक वर्दळ</translation>
    </message>
    <message>
        <source>Weekly footfall</source>
        <translation>साप्ताहिक ग्राहक वर्दळ</translation>
    </message>
    <message>
        <source>QR scans</source>
        <translation>QR स्कॅन</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>ग्राहक</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>महिना</translation>
    </message>
    <message>
        <source>Week from Monday</source>
        <translation>आठवडा (सोमवारपासून)</translation>
    </message>
    <message>
        <source>Coins issued and redeemed</source>
        <translation>दिलेली आणि वापरलेली कॉइन्स</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>दिलेली</translation>
    </message>
    <message>
        <source>Redeemed</source>
        <translation>वापरलेली</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>दिवस</translation>
    </message>
    <message>
        <source>B-Coins</source>
        <translation>B-कॉइन्स</translation>
    </message>
</context>
<context>
    <name>baartal::ui::AnalyticsReport</name>
    <message>
        <source>%1: shop analytics</source>
        <translation>%1: दुकानाचे विश्लेषण</translation>
    </message>
    <message>
        <source>Range: %1</source>
        <translation>कालावधी: %1</translation>
    </message>
    <message>
        <source>Figures from the Baartal server at %1</source>
        <translation>Baartal सर्व्हरवरून %1 वाजता घेतलेली आकडेवारी</translation>
    </message>
    <message>
        <source>Report made at %1</source>
        <translation>अहवाल %1 वाजता तयार केला</translation>
    </message>
    <message>
        <source>Weekly figures</source>
        <translation>साप्ताहिक आकडेवारी</translation>
    </message>
    <message>
        <source>Week from</source>
        <translation>आठवडा सुरू</translation>
    </message>
    <message>
        <source>QR scans</source>
        <translation>QR स्कॅन</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>ग्राहक</translation>
    </message>
    <message>
        <source>Bills</source>
        <translation>बिले</translation>
    </message>
    <message>
        <source>Coins issued</source>
        <translation>दिलेली कॉइन्स</translation>
    </message>
    <message>
        <source>Coins redeemed</source>
        <translation>वापरलेली कॉइन्स</translation>
    </message>
    <message>
        <source>The report could not be saved to %1: %2</source>
        <translation>अहवाल %1 येथे जतन करता आला नाही: %2</translation>
    </message>
    <message>
        <source>the PDF could not be started</source>
        <translation>PDF सुरू करता आली नाही</translation>
    </message>
    <message>
        <source>the PDF could not be finished</source>
        <translation>PDF पूर्ण करता आली नाही</translation>
    </message>
    <message>
        <source>a page could not be added</source>
        <translation>पान जोडता आले नाही</translation>
    </message>
</context>
<context>
    <name>baartal::ui::AnalyticsScreen</name>
    <message>
        <source>There are no figures to export yet.</source>
        <translation>निर्यात करण्यासाठी अजून कोणतीही आकडेवारी नाही.</translation>
    </message>
    <message>
        <source>Export analytics report</source>
        <translation>विश्लेषण अहवाल निर्यात करा</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF दस्तऐवज (*.pdf)</translation>
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
        <source>Last &amp;7 days</source>
        <translation>मागील 7 दिवस (&amp;7)</translation>
    </message>
    <message>
        <source>Last &amp;4 weeks</source>
        <translation>मागील 4 आठवडे (&amp;4)</translation>
    </message>
    <message>
        <source>This &amp;month</source>
        <translation>हा महिना (&amp;M)</translation>
    </message>
    <message>
        <source>Last 1&amp;2 months</source>
        <translation>मागील 12 महिने (&amp;2)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>रिफ्रेश करा (&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Export PDF…</source>
        <translation>PDF निर्यात करा… (&amp;E)</translation>
    </message>
    <message>
        <source>Showing the figures for %1 as of %2.</source>
        <translation>%1 ची आकडेवारी दाखवत आहे, %2 पर्यंतची.</translation>
    </message>
    <message>
        <source>Figures as of %1.</source>
        <translation>%1 पर्यंतची आकडेवारी.</translation>
    </message>
    <message>
        <source>Loading the figures from the server…</source>
        <translation>सर्व्हरवरून आकडेवारी आणत आहे…</translation>
    </message>
    <message>
        <source>No sales or scans at the shop between %1.</source>
        <translation>%1 दरम्यान दुकानात कोणतीही विक्री किंवा स्कॅन झाले नाही.</translation>
    </message>
    <message>
        <source>Offline: the server cannot be reached, so the figures could not be updated.</source>
        <translation>ऑफलाइन: सर्व्हरशी संपर्क होत नाही, त्यामुळे आकडेवारी अद्ययावत करता आली नाही.</translation>
    </message>
    <message>
        <source>The figures could not be loaded: %1</source>
        <translation>आकडेवारी आणता आली नाही: %1</translation>
    </message>
    <message>
        <source>The first day is after the last day.</source>
        <translation>पहिला दिवस शेवटच्या दिवसानंतर आहे.</translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation>अहवाल लिहित आहे…</translation>
    </message>
    <message>
        <source>Report saved to %1.</source>
        <translation>अहवाल %1 येथे जतन केला.</translation>
    </message>
</context>
<context>
    <name>baartal::ui::AnalyticsTexts</name>
    <message>
        <source>Coins issued</source>
        <translation>दिलेली कॉइन्स</translation>
    </message>
    <message>
        <source>Bills: %1</source>
        <translation>बिले: %1</translation>
    </message>
    <message>
        <source>Coins redeemed</source>
        <translation>वापरलेली कॉइन्स</translation>
    </message>
    <message>
        <source>Redemptions: %1</source>
        <translation>वापर: %1</translation>
    </message>
    <message>
        <source>Unique customers</source>
        <translation>वेगवेगळे ग्राहक</translation>
    </message>
    <message>
        <source>QR scans: %1</source>
        <translation>QR स्कॅन: %1</translation>
    </message>
    <message>
        <source>Average bill</source>
        <translation>सरासरी बिल</translation>
    </message>
    <message>
        <source>Total billed: %1</source>
        <translation>एकूण बिल रक्कम: %1</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 ते %2</translation>
    </message>
</context>
<context>
    <name>baartal::ui::ApprovalsTab</name>
    <message>
        <source>%1 was decided already.</source>
        <translation>%1 बद्दल आधीच निर्णय झाला आहे.</translation>
    </message>
    <message>
        <source>Write a note saying why the shop is rejected; the shop will read it.</source>
        <translation>दुकान का नाकारले ते टिपणीत लिहा; दुकान ते वाचेल.</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>दाखवा (&amp;S):</translation>
    </message>
    <message>
        <source>Waiting for approval</source>
        <translation>मंजुरीच्या प्रतीक्षेत</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>मंजूर</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>नाकारले</translation>
    </message>
    <message>
        <source>All</source>
        <translation>सर्व</translation>
    </message>
    <message>
        <source>&amp;Note for the shop:</source>
        <translation>दुकानासाठी टिपणी (&amp;N):</translation>
    </message>
    <message>
        <source>What you checked, or why the shop is rejected</source>
        <translation>तुम्ही काय तपासले, किंवा दुकान का नाकारले</translation>
    </message>
    <message>
        <source>&amp;Approve (Ctrl+Enter)</source>
        <translation>मंजूर करा (&amp;A) (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Re&amp;ject (Ctrl+Shift+Enter)</source>
        <translation>नाकारा (&amp;J) (Ctrl+Shift+Enter)</translation>
    </message>
    <message>
        <source>&amp;Reload (F5)</source>
        <translation>पुन्हा लोड करा (&amp;R) (F5)</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>लोड होत आहे…</translation>
    </message>
    <message>
        <source>Sending the decision…</source>
        <translation>निर्णय पाठवत आहे…</translation>
    </message>
    <message>
        <source>%1 is approved.</source>
        <translation>%1 मंजूर झाले.</translation>
    </message>
    <message>
        <source>%1 is rejected.</source>
        <translation>%1 नाकारले.</translation>
    </message>
    <message>
        <source>No shop is waiting for approval.</source>
        <translation>कोणतेही दुकान मंजुरीच्या प्रतीक्षेत नाही.</translation>
    </message>
    <message>
        <source>No shops to show.</source>
        <translation>दाखवण्यासाठी कोणतेही दुकान नाही.</translation>
    </message>
    <message>
        <source>Shops listed: %1</source>
        <translation>यादीतील दुकाने: %1</translation>
    </message>
    <message>
        <source>Choose a shop from the list.</source>
        <translation>यादीतून एक दुकान निवडा.</translation>
    </message>
    <message>
        <source>Approved on %1</source>
        <translation>%1 रोजी मंजूर</translation>
    </message>
    <message>
        <source>Rejected on %1</source>
        <translation>%1 रोजी नाकारले</translation>
    </message>
    <message>
        <source>Waiting since %1</source>
        <translation>%1 पासून प्रतीक्षेत</translation>
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
        <translation>पत्ता: %1</translation>
    </message>
    <message>
        <source>Owner&apos;s login: %1</source>
        <translation>मालकाचे लॉगिन: %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>टिपणी: %1</translation>
    </message>
</context>
<context>
    <name>baartal::ui::BundlesTab</name>
    <message>
        <source>Give the new bundle a name, such as the neighbourhood.</source>
        <translation>नवीन बंडलला नाव द्या, उदा. परिसराचे नाव.</translation>
    </message>
    <message>
        <source>A bundle needs a name.</source>
        <translation>बंडलला नाव हवे.</translation>
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
        <translation>दुकाने</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>श्रेणी</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>स्थिती</translation>
    </message>
    <message>
        <source>&amp;Previous</source>
        <translation>मागील (&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>पुढील (&amp;N)</translation>
    </message>
    <message>
        <source>New bundle (Ctrl+N)</source>
        <translation>नवीन बंडल (Ctrl+N)</translation>
    </message>
    <message>
        <source>Pin&amp;code:</source>
        <translation>पिनकोड (&amp;C):</translation>
    </message>
    <message>
        <source>e.g. Dadar West</source>
        <translation>उदा. दादर पश्चिम</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>नाव (&amp;M):</translation>
    </message>
    <message>
        <source>&amp;Create bundle</source>
        <translation>बंडल तयार करा (&amp;C)</translation>
    </message>
    <message>
        <source>Chosen bundle</source>
        <translation>निवडलेले बंडल</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>नाव (&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Active (shown to customers, takes new shops)</source>
        <translation>सक्रिय (&amp;A) (ग्राहकांना दिसते, नवीन दुकाने घेते)</translation>
    </message>
    <message>
        <source>&amp;Save changes</source>
        <translation>बदल जतन करा (&amp;S)</translation>
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
        <translation>लोड होत आहे…</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>जतन करत आहे…</translation>
    </message>
    <message>
        <source>Bundle %1 is open in %2.</source>
        <translation>बंडल %1 पिनकोड %2 मध्ये सुरू झाले आहे.</translation>
    </message>
    <message>
        <source>Bundle %1 is saved and active.</source>
        <translation>बंडल %1 जतन झाले आणि सक्रिय आहे.</translation>
    </message>
    <message>
        <source>Bundle %1 is saved and inactive.</source>
        <translation>बंडल %1 जतन झाले आणि निष्क्रिय आहे.</translation>
    </message>
    <message>
        <source>No bundles yet. Open the first one on the right.</source>
        <translation>अजून कोणतेही बंडल नाही. उजवीकडे पहिले बंडल तयार करा.</translation>
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
        <source>Customer id, or scan the customer&apos;s QR</source>
        <translation>ग्राहक आयडी, किंवा ग्राहकाचा QR स्कॅन करा</translation>
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
    <message>
        <source>A bill for customer %1 is being entered: confirm it with Enter or cancel it with Esc before serving the next customer.</source>
        <translation>ग्राहक %1 चे बिल नोंदवले जात आहे: पुढच्या ग्राहकाआधी ते Enter ने पक्के करा किंवा Esc ने रद्द करा.</translation>
    </message>
    <message>
        <source>Asking the server to confirm the spend request…</source>
        <translation>सर्व्हरकडे खर्च विनंतीची पुष्टी मागितली जात आहे…</translation>
    </message>
    <message>
        <source>The server cannot be reached, and a spend request needs it: nothing was recorded. Ask the customer for their spend QR, or try again when online.</source>
        <translation>सर्व्हरपर्यंत पोहोचता येत नाही, आणि खर्च विनंतीसाठी सर्व्हर लागतो: काहीही नोंदवले नाही. ग्राहकाकडे त्यांचा खर्च QR मागा, किंवा ऑनलाइन झाल्यावर पुन्हा प्रयत्न करा.</translation>
    </message>
    <message>
        <source>The server refused the spend request of %1: %2</source>
        <translation>सर्व्हरने %1 ची खर्च विनंती नाकारली: %2</translation>
    </message>
    <message>
        <source>Customer %1 redeemed %2 B-Coins and earned %3 B-Coins on %4: collect %5. New balance: %6 B-Coins.</source>
        <translation>ग्राहक %1 ने %4 वर %2 B-Coins वापरले आणि %3 B-Coins मिळवले: %5 घ्या. नवीन शिल्लक: %6 B-Coins.</translation>
    </message>
    <message>
        <source>&amp;Redeem B-Coins</source>
        <translation>B-Coins वापरा (&amp;R)</translation>
    </message>
    <message>
        <source>Spend request: the customer asks to redeem %1 B-Coins; the server confirms it online.</source>
        <translation>खर्च विनंती: ग्राहक %1 B-Coins वापरू इच्छितात; सर्व्हर त्याची ऑनलाइन पुष्टी करतो.</translation>
    </message>
    <message>
        <source>Spend QR for %1 B-Coins: at most %2 on %3 (this shop allows %4% of the bill). Coins not redeemed go back to the customer.</source>
        <translation>%1 B-Coins चा खर्च QR: %3 वर जास्तीत जास्त %2 (हे दुकान बिलाच्या %4% परवानगी देते). न वापरलेले कॉइन ग्राहकाला परत जातात.</translation>
    </message>
    <message>
        <source>Spend QR for %1 B-Coins: type the bill to see how many this shop allows.</source>
        <translation>%1 B-Coins चा खर्च QR: हे दुकान किती परवानगी देते ते पाहण्यासाठी बिल लिहा.</translation>
    </message>
    <message>
        <source>Scan the customer&apos;s spend QR, or serve their spend request, to redeem B-Coins.</source>
        <translation>B-Coins वापरण्यासाठी ग्राहकाचा खर्च QR स्कॅन करा, किंवा त्यांची खर्च विनंती घ्या.</translation>
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
    <message>
        <source>S&amp;ettings…</source>
        <translation>सेटिंग्ज… (&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>बंद करा (&amp;Q)</translation>
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
        <translation>कॅमेरा चालू/बंद</translation>
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
        <translation>ऑफलाइन</translation>
    </message>
    <message>
        <source>No recent balance at this counter · %1</source>
        <translation>या काउंटरवर अलीकडची शिल्लक नाही · %1</translation>
    </message>
    <message>
        <source>Balance %1 B-Coins · as of %2 · %3</source>
        <translation>शिल्लक %1 B-Coins · %2 पर्यंत · %3</translation>
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
    <name>baartal::ui::LedgerCheckTab</name>
    <message>
        <source>&amp;Run ledger check (F5)</source>
        <translation>लेजर तपासणी चालवा (&amp;R) (F5)</translation>
    </message>
    <message>
        <source>The check recomputes every balance from the ledger&apos;s rows and reports anything that does not add up.</source>
        <translation>ही तपासणी लेजरच्या नोंदींमधून प्रत्येक शिल्लक पुन्हा मोजते आणि जे जुळत नाही ते सांगते.</translation>
    </message>
    <message>
        <source>Checking the ledger…</source>
        <translation>लेजर तपासत आहे…</translation>
    </message>
    <message>
        <source>%1 transactions and %2 wallets checked at %3.</source>
        <translation>%3 वाजता %1 व्यवहार आणि %2 वॉलेट तपासले.</translation>
    </message>
    <message>
        <source>Balanced: every posting adds up.</source>
        <translation>संतुलित: प्रत्येक नोंदीचा हिशोब जुळतो.</translation>
    </message>
    <message>
        <source>Discrepancies found: %1.</source>
        <translation>तफावती आढळल्या: %1.</translation>
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
        <source>Sign in with</source>
        <translation>याने साइन इन करा</translation>
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
        <translation>फोन (&amp;H)</translation>
    </message>
    <message>
        <source>10-digit mobile number</source>
        <translation>10 अंकी मोबाइल नंबर</translation>
    </message>
    <message>
        <source>Co&amp;de from the SMS</source>
        <translation>SMS मधील कोड (&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Keep me signed in on this counter</source>
        <translation>या काउंटरवर मला साइन इन ठेवा (&amp;K)</translation>
    </message>
    <message>
        <source>Signs in by itself when the counter starts, until you sign out. The password is not kept.</source>
        <translation>तुम्ही साइन आउट करेपर्यंत काउंटर सुरू होताच आपोआप साइन इन होते. पासवर्ड ठेवला जात नाही.</translation>
    </message>
    <message>
        <source>No OS keychain was found on this PC, so the sign-in cannot be kept safely. Install and unlock a keyring (for example gnome-keyring) to use this.</source>
        <translation>या पीसीवर OS कीचेन सापडली नाही, त्यामुळे साइन-इन सुरक्षितपणे ठेवता येत नाही. हे वापरण्यासाठी एखादी कीरिंग (उदा. gnome-keyring) इन्स्टॉल करून अनलॉक करा.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>रद्द करा</translation>
    </message>
    <message>
        <source>Enter your mobile number.</source>
        <translation>तुमचा मोबाइल नंबर टाका.</translation>
    </message>
    <message>
        <source>Enter the 6-digit code from the SMS.</source>
        <translation>SMS मधील 6 अंकी कोड टाका.</translation>
    </message>
    <message>
        <source>Sending the code…</source>
        <translation>कोड पाठवत आहे…</translation>
    </message>
    <message numerus="yes">
        <source>A code was sent by SMS to %1. It is valid for %n minute(s).</source>
        <translation>
            <numerusform>%1 वर SMS ने कोड पाठवला. तो %n मिनिट वैध आहे.</numerusform>
            <numerusform>%1 वर SMS ने कोड पाठवला. तो %n मिनिटे वैध आहे.</numerusform>
        </translation>
    </message>
    <message>
        <source>Send &amp;code</source>
        <translation>कोड पाठवा (&amp;C)</translation>
    </message>
    <message>
        <source>Send the code &amp;again</source>
        <translation>कोड पुन्हा पाठवा (&amp;A)</translation>
    </message>
    <message numerus="yes">
        <source>Send again in %n s</source>
        <translation>
            <numerusform>%n सेकंदांनी पुन्हा पाठवा</numerusform>
            <numerusform>%n सेकंदांनी पुन्हा पाठवा</numerusform>
        </translation>
    </message>
    <message>
        <source>This is a customer account. Your B-Coin wallet lives on your phone: scan the QR code at a Baartal shop&apos;s counter with your phone&apos;s camera; it opens %1/scan/… with your coins.</source>
        <translation>हे ग्राहक खाते आहे. तुमचे B-Coin वॉलेट तुमच्या फोनवर आहे: Baartal दुकानाच्या काउंटरवरील QR कोड फोनच्या कॅमेऱ्याने स्कॅन करा; तो तुमच्या कॉइनसह %1/scan/… उघडतो.</translation>
    </message>
    <message>
        <source>Enter an Indian mobile number of 10 digits, for example 98200 12345.</source>
        <translation>10 अंकी भारतीय मोबाइल नंबर टाका, उदा. 98200 12345.</translation>
    </message>
    <message>
        <source>A code was just sent to this phone. Wait a moment before asking for another.</source>
        <translation>या फोनवर आत्ताच कोड पाठवला आहे. दुसरा कोड मागण्यापूर्वी थोडा वेळ थांबा.</translation>
    </message>
    <message>
        <source>Too many codes were asked for. Try again later, or sign in with your password.</source>
        <translation>खूप जास्त कोड मागितले गेले. नंतर पुन्हा प्रयत्न करा, किंवा पासवर्डने साइन इन करा.</translation>
    </message>
    <message>
        <source>The code is not right. Check the SMS and type it again.</source>
        <translation>कोड बरोबर नाही. SMS तपासा आणि तो पुन्हा टाका.</translation>
    </message>
    <message>
        <source>This code can no longer be used. Ask for a new one.</source>
        <translation>हा कोड आता वापरता येणार नाही. नवा कोड मागा.</translation>
    </message>
</context>
<context>
    <name>baartal::ui::MerchantsTab</name>
    <message>
        <source>Approved</source>
        <translation>मंजूर</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>नाकारले</translation>
    </message>
    <message>
        <source>Waiting for approval</source>
        <translation>मंजुरीच्या प्रतीक्षेत</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>शोधा (&amp;S):</translation>
    </message>
    <message>
        <source>Shop name, owner&apos;s phone or pincode</source>
        <translation>दुकानाचे नाव, मालकाचा फोन किंवा पिनकोड</translation>
    </message>
    <message>
        <source>S&amp;tate:</source>
        <translation>स्थिती (&amp;T):</translation>
    </message>
    <message>
        <source>All</source>
        <translation>सर्व</translation>
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
        <translation>मालकाचे लॉगिन</translation>
    </message>
    <message>
        <source>State</source>
        <translation>स्थिती</translation>
    </message>
    <message>
        <source>Coins per ₹100</source>
        <translation>प्रति ₹100 कॉइन</translation>
    </message>
    <message>
        <source>&amp;Previous (PgUp)</source>
        <translation>मागील (&amp;P) (PgUp)</translation>
    </message>
    <message>
        <source>&amp;Next (PgDn)</source>
        <translation>पुढील (&amp;N) (PgDn)</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>पृष्ठ %1 / %2</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>लोड होत आहे…</translation>
    </message>
    <message>
        <source>No shop matches.</source>
        <translation>कोणतेही दुकान जुळत नाही.</translation>
    </message>
    <message>
        <source>Shops found: %1</source>
        <translation>सापडलेली दुकाने: %1</translation>
    </message>
</context>
<context>
    <name>baartal::ui::PasswordDialog</name>
    <message>
        <source>Confirm with your password</source>
        <translation>तुमच्या पासवर्डने खात्री करा</translation>
    </message>
    <message>
        <source>Issue %1 B-Coins to %2.</source>
        <translation>%2 ला %1 बी-कॉइन द्या.</translation>
    </message>
    <message>
        <source>Withdraw %1 B-Coins from %2.</source>
        <translation>%2 कडून %1 बी-कॉइन काढून घ्या.</translation>
    </message>
    <message>
        <source>Enter your own password to confirm. The server checks it and records the change under your name.</source>
        <translation>खात्रीसाठी तुमचा स्वतःचा पासवर्ड टाका. सर्व्हर तो तपासतो आणि बदल तुमच्या नावाने नोंदवतो.</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>पासवर्ड (&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Confirm</source>
        <translation>खात्री करा (&amp;C)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>रद्द करा</translation>
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
    <message>
        <source>The saved sign-in could not be renewed: the server at %1 cannot be reached. Sign in when the network is back.</source>
        <translation>जतन केलेले साइन-इन नूतनीकृत झाले नाही: %1 येथील सर्व्हरपर्यंत पोहोचता येत नाही. नेटवर्क परत आल्यावर साइन इन करा.</translation>
    </message>
    <message>
        <source>The saved sign-in has ended (it expired, or this counter was signed out elsewhere). Sign in again.</source>
        <translation>जतन केलेले साइन-इन संपले आहे (त्याची मुदत संपली, किंवा हा काउंटर दुसरीकडून साइन आउट केला गेला). पुन्हा साइन इन करा.</translation>
    </message>
    <message>
        <source>Signed out.</source>
        <translation>साइन आउट झाले.</translation>
    </message>
</context>
<context>
    <name>baartal::ui::ReceiptPrinter</name>
    <message>
        <source>No printer is installed on this computer. Install the receipt printer, or save the receipt as a PDF.</source>
        <translation>या संगणकावर एकही प्रिंटर इन्स्टॉल केलेला नाही. पावती प्रिंटर इन्स्टॉल करा, किंवा पावती PDF म्हणून जतन करा.</translation>
    </message>
    <message>
        <source>No default printer is set. Choose the receipt printer in the settings.</source>
        <translation>कोणताही डीफॉल्ट प्रिंटर निवडलेला नाही. सेटिंग्जमध्ये पावती प्रिंटर निवडा.</translation>
    </message>
    <message>
        <source>The printer &quot;%1&quot; is not installed. Choose another one in the settings.</source>
        <translation>प्रिंटर &quot;%1&quot; इन्स्टॉल केलेला नाही. सेटिंग्जमध्ये दुसरा निवडा.</translation>
    </message>
    <message>
        <source>Receipt %1</source>
        <translation>पावती %1</translation>
    </message>
    <message>
        <source>The printer &quot;%1&quot; did not take the receipt.</source>
        <translation>प्रिंटर &quot;%1&quot; ने पावती स्वीकारली नाही.</translation>
    </message>
    <message>
        <source>The receipt could not be saved as %1.</source>
        <translation>पावती %1 म्हणून जतन करता आली नाही.</translation>
    </message>
</context>
<context>
    <name>baartal::ui::ReceiptRenderer</name>
    <message>
        <source>VOID — this sale was reversed</source>
        <translation>रद्द — ही विक्री उलटवली गेली</translation>
    </message>
    <message>
        <source>Sale receipt</source>
        <translation>विक्री पावती</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>तारीख</translation>
    </message>
    <message>
        <source>Transaction</source>
        <translation>व्यवहार</translation>
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
        <translation>वापरलेले बी-कॉइन</translation>
    </message>
    <message>
        <source>Amount payable</source>
        <translation>देय रक्कम</translation>
    </message>
    <message>
        <source>B-Coins earned (pending)</source>
        <translation>मिळालेले बी-कॉइन (प्रलंबित)</translation>
    </message>
    <message>
        <source>The server confirms the coins when this counter syncs.</source>
        <translation>हा काउंटर सिंक झाल्यावर सर्व्हर कॉइनची खात्री करतो.</translation>
    </message>
    <message>
        <source>B-Coins earned</source>
        <translation>मिळालेले बी-कॉइन</translation>
    </message>
    <message>
        <source>The server refused this sale: %1 No B-Coins were earned or redeemed.</source>
        <translation>सर्व्हरने ही विक्री नाकारली: %1 कोणतेही बी-कॉइन मिळाले नाहीत किंवा वापरले गेले नाहीत.</translation>
    </message>
    <message>
        <source>B-Coins balance</source>
        <translation>बी-कॉइन शिल्लक</translation>
    </message>
    <message>
        <source>VOIDED</source>
        <translation>रद्द केली</translation>
    </message>
    <message>
        <source>Void transaction</source>
        <translation>रद्द करण्याचा व्यवहार</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>कारण: %1</translation>
    </message>
    <message>
        <source>The B-Coins this sale earned are taken back and those it redeemed are returned.</source>
        <translation>या विक्रीवर मिळालेले बी-कॉइन परत घेतले आहेत आणि वापरलेले बी-कॉइन परत दिले आहेत.</translation>
    </message>
    <message>
        <source>Thank you! Earn and redeem B-Coins with Baartal.</source>
        <translation>धन्यवाद! बारटलसोबत बी-कॉइन मिळवा आणि वापरा.</translation>
    </message>
    <message>
        <source>Receipt roll %1 mm</source>
        <translation>पावती रोल %1 मिमी</translation>
    </message>
    <message>
        <source>The printer does not take %1 paper.</source>
        <translation>प्रिंटर %1 कागद स्वीकारत नाही.</translation>
    </message>
</context>
<context>
    <name>baartal::ui::RecentSalesPanel</name>
    <message>
        <source>Today&apos;s sales could not be read: %1</source>
        <translation>आजची विक्री वाचता आली नाही: %1</translation>
    </message>
    <message>
        <source>%1 expected</source>
        <translation>%1 अपेक्षित</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>प्रलंबित</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>निश्चित</translation>
    </message>
    <message>
        <source>refused: %1</source>
        <translation>नाकारली: %1</translation>
    </message>
    <message>
        <source>voided: %1</source>
        <translation>रद्द: %1</translation>
    </message>
    <message>
        <source>Void the selected sale with a reversing transaction (Delete or Ctrl+D)</source>
        <translation>निवडलेली विक्री उलट व्यवहाराने रद्द करा (Delete किंवा Ctrl+D)</translation>
    </message>
    <message>
        <source>Select a sale to void it.</source>
        <translation>रद्द करण्यासाठी एखादी विक्री निवडा.</translation>
    </message>
    <message>
        <source>Voids are turned off in the settings (void window 0 minutes).</source>
        <translation>सेटिंग्जमध्ये रद्द करणे बंद आहे (रद्द करण्याची मुदत 0 मिनिटे).</translation>
    </message>
    <message>
        <source>The server refused this sale, so there is nothing to void.</source>
        <translation>सर्व्हरने ही विक्री नाकारली होती, त्यामुळे रद्द करण्यासारखे काही नाही.</translation>
    </message>
    <message>
        <source>This sale is voided already.</source>
        <translation>ही विक्री आधीच रद्द झाली आहे.</translation>
    </message>
    <message>
        <source>Save the receipt as PDF</source>
        <translation>पावती PDF म्हणून जतन करा</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF फाइल्स (*.pdf)</translation>
    </message>
    <message>
        <source>The sale was not voided: %1</source>
        <translation>विक्री रद्द झाली नाही: %1</translation>
    </message>
    <message>
        <source>Sale %1 voided; the reversing transaction goes to the server as soon as it can.</source>
        <translation>विक्री %1 रद्द केली; उलट व्यवहार शक्य तितक्या लवकर सर्व्हरकडे जाईल.</translation>
    </message>
    <message>
        <source>The receipt was not printed: %1</source>
        <translation>पावती छापली गेली नाही: %1</translation>
    </message>
    <message>
        <source>Receipt %1 printed.</source>
        <translation>पावती %1 छापली.</translation>
    </message>
    <message>
        <source>Receipt %1 saved as %2.</source>
        <translation>पावती %1, %2 म्हणून जतन केली.</translation>
    </message>
    <message>
        <source>&amp;Today&apos;s sales at this counter</source>
        <translation>या काउंटरवरील आजची विक्री (&amp;T)</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>वेळ</translation>
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
        <translation>वापरलेले</translation>
    </message>
    <message>
        <source>B-Coins earned</source>
        <translation>मिळालेले बी-कॉइन</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>स्थिती</translation>
    </message>
    <message>
        <source>Reprint receipt</source>
        <translation>पावती पुन्हा छापा</translation>
    </message>
    <message>
        <source>Print the selected sale&apos;s receipt again (Ctrl+P)</source>
        <translation>निवडलेल्या विक्रीची पावती पुन्हा छापा (Ctrl+P)</translation>
    </message>
    <message>
        <source>Save receipt as PDF…</source>
        <translation>पावती PDF मध्ये जतन करा…</translation>
    </message>
    <message>
        <source>Save the selected sale&apos;s receipt as a PDF file (Ctrl+Shift+P)</source>
        <translation>निवडलेल्या विक्रीची पावती PDF फाइल म्हणून जतन करा (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <source>Void sale…</source>
        <translation>विक्री रद्द करा…</translation>
    </message>
    <message>
        <source>This sale is older than the void window (%1 min) and can no longer be voided.</source>
        <translation>ही विक्री रद्द करण्याच्या मुदतीपेक्षा (%1 मिनिटे) जुनी आहे आणि आता रद्द करता येणार नाही.</translation>
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
    <message>
        <source>the server cannot be reached; try again when the counter is online</source>
        <translation>सर्व्हरपर्यंत पोहोचता येत नाही; काउंटर ऑनलाइन झाल्यावर पुन्हा प्रयत्न करा</translation>
    </message>
    <message>
        <source>the spend request lapsed or the customer withdrew it; they can ask again</source>
        <translation>खर्च विनंतीची मुदत संपली किंवा ग्राहकाने ती मागे घेतली; ते पुन्हा मागू शकतात</translation>
    </message>
    <message>
        <source>the spend request was already answered</source>
        <translation>खर्च विनंतीला आधीच उत्तर दिले गेले आहे</translation>
    </message>
</context>
<context>
    <name>baartal::ui::ScanPanel</name>
    <message>
        <source>Ca&amp;mera:</source>
        <translation>कॅमेरा (&amp;M):</translation>
    </message>
    <message>
        <source>Reso&amp;lution:</source>
        <translation>रिझोल्यूशन (&amp;L):</translation>
    </message>
    <message>
        <source>Camera&apos;s choice</source>
        <translation>कॅमेऱ्याची स्वतःची निवड</translation>
    </message>
    <message>
        <source>Stop camera</source>
        <translation>कॅमेरा बंद करा</translation>
    </message>
    <message>
        <source>Start camera</source>
        <translation>कॅमेरा सुरू करा</translation>
    </message>
    <message>
        <source>The webcam that reads customers&apos; QR codes</source>
        <translation>ग्राहकांचे QR कोड वाचणारा वेबकॅम</translation>
    </message>
    <message>
        <source>Scanning a test picture</source>
        <translation>चाचणी चित्र स्कॅन होत आहे</translation>
    </message>
    <message>
        <source>Camera off</source>
        <translation>कॅमेरा बंद आहे</translation>
    </message>
    <message>
        <source>Starting %1…</source>
        <translation>%1 सुरू होत आहे…</translation>
    </message>
    <message>
        <source>Scanning with %1 at %2 × %3</source>
        <translation>%1 ने %2 × %3 वर स्कॅन होत आहे</translation>
    </message>
    <message>
        <source>Scanning with %1</source>
        <translation>%1 ने स्कॅन होत आहे</translation>
    </message>
    <message>
        <source>No camera found: type the code or use a USB scanner.</source>
        <translation>कॅमेरा सापडला नाही: कोड टाइप करा किंवा USB स्कॅनर वापरा.</translation>
    </message>
    <message>
        <source>The camera failed: %1</source>
        <translation>कॅमेरा चालला नाही: %1</translation>
    </message>
</context>
<context>
    <name>baartal::ui::ScanPreview</name>
    <message>
        <source>No camera: type the code or use a USB scanner</source>
        <translation>कॅमेरा नाही: कोड टाइप करा किंवा USB स्कॅनर वापरा</translation>
    </message>
    <message>
        <source>Camera off</source>
        <translation>कॅमेरा बंद आहे</translation>
    </message>
    <message>
        <source>Camera preview</source>
        <translation>कॅमेऱ्याचे पूर्वदृश्य</translation>
    </message>
</context>
<context>
    <name>baartal::ui::ServerAddress</name>
    <message>
        <source>Enter the server address as http:// or https:// and a host, for example http://127.0.0.1:8080.</source>
        <translation>सर्व्हरचा पत्ता http:// किंवा https:// आणि होस्टसह टाका, उदा. http://127.0.0.1:8080.</translation>
    </message>
</context>
<context>
    <name>baartal::ui::SettingsDialog</name>
    <message>
        <source>The camera&apos;s own choice</source>
        <translation>कॅमेऱ्याची स्वतःची निवड</translation>
    </message>
    <message>
        <source>Counter settings</source>
        <translation>काउंटरच्या सेटिंग्ज</translation>
    </message>
    <message>
        <source>&amp;Server</source>
        <translation>सर्व्हर (&amp;S)</translation>
    </message>
    <message>
        <source>The address of baartal-server. A new address is used at the next sign-in.</source>
        <translation>baartal-server चा पत्ता. नवा पत्ता पुढच्या साइन-इनला वापरला जातो.</translation>
    </message>
    <message>
        <source>&amp;Camera</source>
        <translation>कॅमेरा (&amp;C)</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>सिस्टमचा डीफॉल्ट</translation>
    </message>
    <message>
        <source>The saved camera (not connected)</source>
        <translation>जतन केलेला कॅमेरा (जोडलेला नाही)</translation>
    </message>
    <message>
        <source>No camera found. Connect a webcam, or type the codes or use a USB scanner.</source>
        <translation>कॅमेरा सापडला नाही. वेबकॅम जोडा, किंवा कोड टाइप करा किंवा USB स्कॅनर वापरा.</translation>
    </message>
    <message>
        <source>&amp;Resolution</source>
        <translation>रिझोल्यूशन (&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Printer</source>
        <translation>प्रिंटर (&amp;P)</translation>
    </message>
    <message>
        <source>%1 (not installed)</source>
        <translation>%1 (इन्स्टॉल केलेला नाही)</translation>
    </message>
    <message>
        <source>No printer is installed on this PC. Receipts can still be saved as PDF.</source>
        <translation>या पीसीवर प्रिंटर इन्स्टॉल केलेला नाही. पावत्या तरीही PDF म्हणून जतन करता येतात.</translation>
    </message>
    <message>
        <source>Receipt p&amp;aper</source>
        <translation>पावतीचा कागद (&amp;A)</translation>
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
        <translation>A4 कागद</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>भाषा (&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Void window</source>
        <translation>रद्द करण्याची मुदत (&amp;V)</translation>
    </message>
    <message>
        <source> min</source>
        <translation> मिनिटे</translation>
    </message>
    <message>
        <source>Voids off</source>
        <translation>रद्द करणे बंद</translation>
    </message>
    <message>
        <source>How many minutes after a sale it may still be voided; 0 turns voids off.</source>
        <translation>विक्रीनंतर किती मिनिटांपर्यंत ती रद्द करता येते; 0 ने रद्द करणे बंद होते.</translation>
    </message>
    <message>
        <source>&amp;Beep on a good scan</source>
        <translation>योग्य स्कॅनवर बीप (&amp;B)</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>ठीक आहे</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>रद्द करा</translation>
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
<context>
    <name>baartal::ui::VoidDialog</name>
    <message>
        <source>Void a sale</source>
        <translation>विक्री रद्द करा</translation>
    </message>
    <message>
        <source>Void the sale of %1 to customer %2 at %3? A reversing transaction goes to the server: the B-Coins this sale earned are taken back and those it redeemed are returned.</source>
        <translation>ग्राहक %2 ला %3 वाजता झालेली %1 ची विक्री रद्द करायची? सर्व्हरकडे उलट व्यवहार जाईल: या विक्रीवर मिळालेले बी-कॉइन परत घेतले जातील आणि वापरलेले बी-कॉइन परत दिले जातील.</translation>
    </message>
    <message>
        <source>&amp;Reason (required)</source>
        <translation>कारण (आवश्यक) (&amp;R)</translation>
    </message>
    <message>
        <source>e.g. wrong amount typed</source>
        <translation>उदा. चुकीची रक्कम टाइप झाली</translation>
    </message>
    <message>
        <source>&amp;Void sale</source>
        <translation>विक्री रद्द करा (&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Keep sale</source>
        <translation>विक्री ठेवा (&amp;K)</translation>
    </message>
    <message>
        <source>%1 of %2 characters</source>
        <translation>%2 पैकी %1 अक्षरे</translation>
    </message>
</context>
<context>
    <name>baartal::ui::WaitingCustomersPanel</name>
    <message>
        <source>Spend request %1: %2 asks to redeem %3 B-Coins (balance %4)</source>
        <translation>खर्च विनंती %1: %2 %3 B-Coins वापरू इच्छितात (शिल्लक %4)</translation>
    </message>
    <message>
        <source>Check-in %1: %2 (%3), balance %4 B-Coins</source>
        <translation>चेक-इन %1: %2 (%3), शिल्लक %4 B-Coins</translation>
    </message>
    <message>
        <source>&amp;Waiting customers (F5 refreshes)</source>
        <translation>वाट पाहणारे ग्राहक (&amp;W) (F5 ताजे करते)</translation>
    </message>
    <message>
        <source>Asking the server who is waiting…</source>
        <translation>सर्व्हरला विचारले जात आहे की कोण वाट पाहत आहे…</translation>
    </message>
    <message>
        <source>The waiting list is unavailable offline. Sales at the counter go on.</source>
        <translation>ऑफलाइन असताना प्रतीक्षा यादी उपलब्ध नाही. काउंटरवर विक्री चालू राहते.</translation>
    </message>
    <message>
        <source>The waiting list could not be loaded: %1</source>
        <translation>प्रतीक्षा यादी लोड होऊ शकली नाही: %1</translation>
    </message>
    <message>
        <source>Nobody is waiting.</source>
        <translation>कोणीही वाट पाहत नाही.</translation>
    </message>
    <message>
        <source>Enter serves the customer; Delete declines a spend request.</source>
        <translation>Enter ने ग्राहकाची सेवा करा; Delete ने खर्च विनंती नाकारा.</translation>
    </message>
    <message>
        <source>Declined the spend request of %1.</source>
        <translation>%1 ची खर्च विनंती नाकारली.</translation>
    </message>
    <message>
        <source>The spend request of %1 was not declined: %2</source>
        <translation>%1 ची खर्च विनंती नाकारली गेली नाही: %2</translation>
    </message>
</context>
<context>
    <name>baartal::ui::WalletAdjustmentTab</name>
    <message>
        <source>Large adjustment</source>
        <translation>मोठे समायोजन</translation>
    </message>
    <message>
        <source>Issue %1 B-Coins to %2? That is a large amount.</source>
        <translation>%2 ला %1 बी-कॉइन द्यायचे? ही मोठी रक्कम आहे.</translation>
    </message>
    <message>
        <source>Withdraw %1 B-Coins from %2? That is a large amount.</source>
        <translation>%2 कडून %1 बी-कॉइन काढून घ्यायचे? ही मोठी रक्कम आहे.</translation>
    </message>
    <message>
        <source>Customer&apos;s &amp;phone:</source>
        <translation>ग्राहकाचा फोन (&amp;P):</translation>
    </message>
    <message>
        <source>10-digit mobile number</source>
        <translation>10 अंकी मोबाइल नंबर</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>शोधा (&amp;F)</translation>
    </message>
    <message>
        <source>&amp;B-Coins:</source>
        <translation>बी-कॉइन (&amp;B):</translation>
    </message>
    <message>
        <source>Positive to issue coins, negative to withdraw them</source>
        <translation>कॉइन देण्यासाठी धन, काढून घेण्यासाठी ऋण संख्या</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>कारण (&amp;R):</translation>
    </message>
    <message>
        <source>Required, e.g. goodwill for a failed scan</source>
        <translation>आवश्यक, उदा. अयशस्वी स्कॅनसाठी सद्भावना</translation>
    </message>
    <message>
        <source>&amp;Adjust wallet…</source>
        <translation>वॉलेट समायोजित करा (&amp;A)…</translation>
    </message>
    <message>
        <source>Customer %1 — balance %2 B-Coins</source>
        <translation>ग्राहक %1 — शिल्लक %2 बी-कॉइन</translation>
    </message>
    <message>
        <source>No customer chosen.</source>
        <translation>कोणताही ग्राहक निवडलेला नाही.</translation>
    </message>
    <message>
        <source>Looking up the customer…</source>
        <translation>ग्राहक शोधत आहे…</translation>
    </message>
    <message>
        <source>Recording the adjustment…</source>
        <translation>समायोजन नोंदवत आहे…</translation>
    </message>
    <message>
        <source>Enter the customer&apos;s phone number.</source>
        <translation>ग्राहकाचा फोन नंबर टाका.</translation>
    </message>
    <message>
        <source>Find the customer by phone first.</source>
        <translation>आधी फोन नंबरने ग्राहक शोधा.</translation>
    </message>
    <message>
        <source>Enter the coins: positive to issue, negative to withdraw.</source>
        <translation>कॉइन टाका: देण्यासाठी धन, काढून घेण्यासाठी ऋण संख्या.</translation>
    </message>
    <message>
        <source>Enter the reason; it is kept with the adjustment.</source>
        <translation>कारण टाका; ते समायोजनासोबत ठेवले जाते.</translation>
    </message>
    <message>
        <source>Issued %1 B-Coins.</source>
        <translation>%1 बी-कॉइन दिले.</translation>
    </message>
    <message>
        <source>Withdrew %1 B-Coins.</source>
        <translation>%1 बी-कॉइन काढून घेतले.</translation>
    </message>
    <message>
        <source>New balance: %1 B-Coins.</source>
        <translation>नवीन शिल्लक: %1 बी-कॉइन.</translation>
    </message>
</context>
</TS>
