<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>PosOptions</name>
    <message>
        <source>Baartal point of sale: B-Coin loyalty at the shop counter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address of baartal-server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email or phone to sign in with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password; with --login, signs in at once (for demos).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The counter&apos;s SQLite file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language: en, hi or mr.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;; choose one of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settings file (instead of the user&apos;s own).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A picture to show as the webcam (demos, no camera).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a picture.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>baartal::ui::AdminProblemText</name>
    <message>
        <source>Offline: the server cannot be reached, so nothing was changed. Check the connection and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That password is not right. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No customer has this phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a 10-digit mobile number (or the customer&apos;s e-mail).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer does not have that many coins to withdraw. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another admin has already decided on this shop. The queue is refreshed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a 6-digit pincode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a bundle name of up to 80 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This session may not use the admin console. Sign in again as an admin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>baartal::ui::AdminWindow</name>
    <message>
        <source>Baartal admin console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;1 Approvals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;2 Shops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;3 Bundles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;4 Wallet adjustment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;5 Ledger check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign &amp;out (Ctrl+Shift+Q)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in as %1 (admin)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>baartal::ui::AnalyticsCharts</name>
    <message>
        <source>Monthly footfall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekly footfall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QR scans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week from Monday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coins issued and redeemed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redeemed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B-Coins</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>baartal::ui::AnalyticsReport</name>
    <message>
        <source>%1: shop analytics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Range: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figures from the Baartal server at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report made at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekly figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QR scans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coins issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coins redeemed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report could not be saved to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the PDF could not be started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the PDF could not be finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a page could not be added</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>baartal::ui::AnalyticsScreen</name>
    <message>
        <source>There are no figures to export yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export analytics report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last &amp;7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last &amp;4 weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This &amp;month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 1&amp;2 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing the figures for %1 as of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figures as of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the figures from the server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sales or scans at the shop between %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline: the server cannot be reached, so the figures could not be updated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The figures could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first day is after the last day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report saved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>baartal::ui::AnalyticsTexts</name>
    <message>
        <source>Coins issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bills: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coins redeemed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redemptions: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unique customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QR scans: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average bill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total billed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>baartal::ui::ApprovalsTab</name>
    <message>
        <source>%1 was decided already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a note saying why the shop is rejected; the shop will read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note for the shop:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you checked, or why the shop is rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Approve (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;ject (Ctrl+Shift+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reload (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending the decision…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is approved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No shop is waiting for approval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No shops to show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shops listed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a shop from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pincode: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner&apos;s login: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>baartal::ui::BundlesTab</name>
    <message>
        <source>Give the new bundle a name, such as the neighbourhood.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A bundle needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pincode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New bundle (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pin&amp;code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Dadar West</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chosen bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Active (shown to customers, takes new shops)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundle %1 is open in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundle %1 is saved and active.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundle %1 is saved and inactive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No bundles yet. Open the first one on the right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundles: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>baartal::ui::CounterScreen</name>
    <message>
        <source>Bill amount in rupees, e.g. 450.00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bill (₹)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — earns %2 B-Coins per ₹100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awaiting approval: the server refuses sales until an admin approves this shop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a customer id. Check it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 earns %2 B-Coins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount in rupees.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sale was not recorded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the sale of %1 for customer %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer id, or scan the customer&apos;s QR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This QR cannot be taken: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 B-Coins is more than this shop allows on %2 (up to %3 B-Coins).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 less %2 B-Coins: the customer pays %3 and earns %4 B-Coins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1 for customer %2 at this counter, redeeming %3 B-Coins: collect %4. It goes to the server as soon as it can.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1 for customer %2 at this counter; it goes to the server as soon as it can.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer %1 earned %2 B-Coins on %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New balance: %1 B-Coins.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The counter&apos;s database could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A bill for customer %1 is being entered: confirm it with Enter or cancel it with Esc before serving the next customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking the server to confirm the spend request…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server cannot be reached, and a spend request needs it: nothing was recorded. Ask the customer for their spend QR, or try again when online.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the spend request of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer %1 redeemed %2 B-Coins and earned %3 B-Coins on %4: collect %5. New balance: %6 B-Coins.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redeem B-Coins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spend request: the customer asks to redeem %1 B-Coins; the server confirms it online.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spend QR for %1 B-Coins: at most %2 on %3 (this shop allows %4% of the bill). Coins not redeemed go back to the customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spend QR for %1 B-Coins: type the bill to see how many this shop allows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan the customer&apos;s spend QR, or serve their spend request, to redeem B-Coins.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>baartal::ui::CounterWindow</name>
    <message>
        <source>Baartal counter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in as %1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ounter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refused sales…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing out is not possible now: the counter&apos;s database could not be read (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales at this counter that have not reached the server yet: %1. Signing out now would strand them, so stay signed in until the status bar shows nothing waiting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ettings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Counter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counter (F2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History (F3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Analytics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analytics (F4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Camera on/off</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>baartal::ui::CsvWriter</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>baartal::ui::CustomerCard</name>
    <message>
        <source>Customer %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recent balance at this counter · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance %1 B-Coins · as of %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>baartal::ui::EnrolmentQuestion</name>
    <message>
        <source>No keychain found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No OS keychain was found on this PC, so the counter&apos;s signing key cannot be stored safely.

The key can instead be kept UNENCRYPTED in a file under your data folder:
%1

Anyone who can read that file (or a backup or a stolen disk) could upload sales as this counter. Installing and unlocking a keyring (for example gnome-keyring) is safer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep it in a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counter key lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This counter is enrolled, but its signing key is no longer in the keychain (it was removed, or the keyring was reset).

The counter must be enrolled again as a new device with a new key. Sales it recorded and did not upload yet cannot be signed with the lost key. The shop owner can revoke the old device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrol again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>baartal::ui::HistoryExport</name>
    <message>
        <source>The export was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>baartal::ui::HistoryScreen</name>
    <message>
        <source>Export history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The start date is after the end date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;oday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This mo&amp;nth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ustomer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobile number or customer id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;ype</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter in any filter also searches; Ctrl+F goes to the filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load &amp;more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every transaction the filters match, all pages (Ctrl+E).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the days, customer or type, then press Enter to search.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading transactions from the server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No transactions match these filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing %1 of %2 transactions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History needs the server, which cannot be reached right now. Sales at the counter carry on and appear here once they sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the search: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export needs the server, which cannot be reached; no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed; no file was written: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>baartal::ui::HistoryTableModel</name>
    <message>
        <source>Earn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redeem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Void</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adjustment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral bonus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reverses an earlier sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redeemed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>baartal::ui::LedgerCheckTab</name>
    <message>
        <source>&amp;Run ledger check (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check recomputes every balance from the ledger&apos;s rows and reports anything that does not add up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the ledger…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 transactions and %2 wallets checked at %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balanced: every posting adds up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discrepancies found: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>baartal::ui::LoginDialog</name>
    <message>
        <source>Baartal — sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email or phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Email or phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your email or phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server at %1 cannot be reached. Check the address and the network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The email or phone and password do not match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass&amp;word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMS c&amp;ode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;hone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>10-digit mobile number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;de from the SMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep me signed in on this counter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signs in by itself when the counter starts, until you sign out. The password is not kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No OS keychain was found on this PC, so the sign-in cannot be kept safely. Install and unlock a keyring (for example gnome-keyring) to use this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your mobile number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the 6-digit code from the SMS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending the code…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>A code was sent by SMS to %1. It is valid for %n minute(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Send &amp;code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the code &amp;again</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Send again in %n s</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>This is a customer account. Your B-Coin wallet lives on your phone: scan the QR code at a Baartal shop&apos;s counter with your phone&apos;s camera; it opens %1/scan/… with your coins.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter an Indian mobile number of 10 digits, for example 98200 12345.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A code was just sent to this phone. Wait a moment before asking for another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many codes were asked for. Try again later, or sign in with your password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code is not right. Check the SMS and type it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This code can no longer be used. Ask for a new one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>baartal::ui::MerchantsTab</name>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shop name, owner&apos;s phone or pincode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pincode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner&apos;s login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coins per ₹100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Previous (PgUp)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next (PgDn)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No shop matches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shops found: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>baartal::ui::PasswordDialog</name>
    <message>
        <source>Confirm with your password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue %1 B-Coins to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw %1 B-Coins from %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your own password to confirm. The server checks it and records the change under your name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>baartal::ui::PosController</name>
    <message>
        <source>Your session has ended. Sign in again to continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed out. Every sale of this counter has reached the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This merchant account has no shop yet. Register the shop first, then sign in here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shop&apos;s settings could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The counter cannot start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The counter was not opened: no OS keychain was found, and its key may not be kept in a file. Install and unlock a keyring (for example gnome-keyring), or sign in again and choose to keep the key in a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The counter was not opened: it cannot sign its sales until it is enrolled again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This counter has to be enrolled with the server once, while the server can be reached, before it can work offline. Sign in again when the network is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This counter could not be enrolled: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved sign-in could not be renewed: the server at %1 cannot be reached. Sign in when the network is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved sign-in has ended (it expired, or this counter was signed out elsewhere). Sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed out.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>baartal::ui::ReceiptPrinter</name>
    <message>
        <source>No printer is installed on this computer. Install the receipt printer, or save the receipt as a PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No default printer is set. Choose the receipt printer in the settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer &quot;%1&quot; is not installed. Choose another one in the settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer &quot;%1&quot; did not take the receipt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The receipt could not be saved as %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>baartal::ui::ReceiptRenderer</name>
    <message>
        <source>VOID — this sale was reversed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sale receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B-Coins redeemed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount payable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B-Coins earned (pending)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server confirms the coins when this counter syncs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B-Coins earned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused this sale: %1 No B-Coins were earned or redeemed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B-Coins balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VOIDED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Void transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The B-Coins this sale earned are taken back and those it redeemed are returned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thank you! Earn and redeem B-Coins with Baartal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt roll %1 mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer does not take %1 paper.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>baartal::ui::RecentSalesPanel</name>
    <message>
        <source>Today&apos;s sales could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>voided: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Void the selected sale with a reversing transaction (Delete or Ctrl+D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a sale to void it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voids are turned off in the settings (void window 0 minutes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused this sale, so there is nothing to void.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This sale is voided already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the receipt as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sale was not voided: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sale %1 voided; the reversing transaction goes to the server as soon as it can.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The receipt was not printed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt %1 printed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt %1 saved as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Today&apos;s sales at this counter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redeemed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B-Coins earned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reprint receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the selected sale&apos;s receipt again (Ctrl+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save receipt as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the selected sale&apos;s receipt as a PDF file (Ctrl+Shift+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Void sale…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This sale is older than the void window (%1 min) and can no longer be voided.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>baartal::ui::ReconciliationDialog</name>
    <message>
        <source>Sales the server refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The counter&apos;s database could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server has refused nothing from this counter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused these actions; nothing moved for them. Settle them with the customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, redeeming %2 B-Coins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>void of an earlier sale</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>baartal::ui::RefusalText</name>
    <message>
        <source>the customer is not known to the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this shop is not approved yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the spend QR was already used at another counter; no coins were redeemed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the spend QR had expired or was cancelled; no coins were redeemed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the customer did not have enough B-Coins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more coins than this shop allows on that bill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sale was voided already</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server has no such sale to void</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this counter already took that spend QR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the spend QR was already redeemed or cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the spend QR is for another shop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>that is not the kind of QR expected here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>that is not a Baartal QR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the QR is signed with a key this counter does not know yet; connect to the server once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the QR was altered or forged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the QR is dated in the future; check this computer&apos;s clock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused by the server (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server cannot be reached; try again when the counter is online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the spend request lapsed or the customer withdrew it; they can ask again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the spend request was already answered</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>baartal::ui::ScanPanel</name>
    <message>
        <source>Ca&amp;mera:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reso&amp;lution:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Camera&apos;s choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The webcam that reads customers&apos; QR codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scanning a test picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Camera off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scanning with %1 at %2 × %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scanning with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No camera found: type the code or use a USB scanner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The camera failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>baartal::ui::ScanPreview</name>
    <message>
        <source>No camera: type the code or use a USB scanner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Camera off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Camera preview</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>baartal::ui::ServerAddress</name>
    <message>
        <source>Enter the server address as http:// or https:// and a host, for example http://127.0.0.1:8080.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>baartal::ui::SettingsDialog</name>
    <message>
        <source>The camera&apos;s own choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counter settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address of baartal-server. A new address is used at the next sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved camera (not connected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No camera found. Connect a webcam, or type the codes or use a USB scanner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Printer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (not installed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No printer is installed on this PC. Receipts can still be saved as PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt p&amp;aper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>58 mm thermal roll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>80 mm thermal roll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A4 sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Void window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voids off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many minutes after a sale it may still be voided; 0 turns voids off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Beep on a good scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>baartal::ui::SyncStatusWidget</name>
    <message>
        <source>Sync stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last sync %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync stopped: %1 Sales are still kept at this counter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server cannot be reached. Trading continues: sales are kept at this counter and sent when the connection returns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next try at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this counter was revoked on the server. Enrol it again to send its sales.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server does not know this counter. Enrol it again to send its sales.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server refused this counter&apos;s sales (%1: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting to sync: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>baartal::ui::VoidDialog</name>
    <message>
        <source>Void a sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Void the sale of %1 to customer %2 at %3? A reversing transaction goes to the server: the B-Coins this sale earned are taken back and those it redeemed are returned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. wrong amount typed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Void sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 characters</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>baartal::ui::WaitingCustomersPanel</name>
    <message>
        <source>Spend request %1: %2 asks to redeem %3 B-Coins (balance %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-in %1: %2 (%3), balance %4 B-Coins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Waiting customers (F5 refreshes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking the server who is waiting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The waiting list is unavailable offline. Sales at the counter go on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The waiting list could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody is waiting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter serves the customer; Delete declines a spend request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declined the spend request of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The spend request of %1 was not declined: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>baartal::ui::WalletAdjustmentTab</name>
    <message>
        <source>Large adjustment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue %1 B-Coins to %2? That is a large amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw %1 B-Coins from %2? That is a large amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer&apos;s &amp;phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>10-digit mobile number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;B-Coins:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Positive to issue coins, negative to withdraw them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required, e.g. goodwill for a failed scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Adjust wallet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer %1 — balance %2 B-Coins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No customer chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking up the customer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording the adjustment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the customer&apos;s phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find the customer by phone first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the coins: positive to issue, negative to withdraw.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the reason; it is kept with the adjustment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued %1 B-Coins.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrew %1 B-Coins.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New balance: %1 B-Coins.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
