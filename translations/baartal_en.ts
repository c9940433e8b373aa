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
        <source>Recent sales at this counter</source>
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
        <source>Type the amount in rupees with at most two decimals.</source>
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
        <source>%1  %2  %3  pending (%4 B-Coins expected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  %2  %3  +%4 B-Coins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  %2  %3  refused: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer id, or scan the customer&apos;s QR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer %1 (%2): %3 B-Coins as of %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer %1: no recent balance at this counter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spend QR: redeems %1 B-Coins; this shop allows up to %2% of the bill.</source>
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
        <source>Enter the server address, for example http://127.0.0.1:8080.</source>
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
        <source>This is a customer account. Your B-Coin wallet lives on your phone: scan a Baartal shop&apos;s QR code to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is an admin account. This version of the counter app opens for merchant accounts only; use the server&apos;s admin API meanwhile.</source>
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
