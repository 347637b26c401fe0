namespace Intake.Pipeline.Scoring;

/// <summary>
/// One mitigation per label, drawn from the guidance in shared/seeds (METI, PSIA, NPA, LDP):
/// short enough for a report line, specific enough to act on.
/// </summary>
public static class Recommendations
{
    private static readonly Dictionary<string, string> s_byLabel = new(StringComparer.Ordinal)
    {
        ["ip-ownership"] = "Keep background IP with its owner; agree ownership of results by contribution, and require consent before any assignment of jointly owned rights.",
        ["improvements"] = "Limit improvement and grant-back terms: notice of improvements to core technology, no unrestricted use by the improver, and no royalty-free grant-back forced on us.",
        ["license-grant"] = "Scope the licence: field, territory, term, non-exclusive, no sublicensing, and no use after termination; avoid perpetual or irrevocable grants.",
        ["know-how-transfer"] = "Disclose only what the purpose needs, in stages and on record; classify what is handed over, and check export-control licences before technical assistance.",
        ["data-access"] = "Restrict data and system access to named people and purposes, log it, keep raw data in our control, and check cross-border transfer and localisation duties.",
        ["investment-funding"] = "Check what the money buys: no technical-information rights, board seats or options beyond what the investment needs; screen the investor (FEFTA prior notification where it applies).",
        ["personnel"] = "Set what visiting or seconded people may access, require confidentiality undertakings, and disclose concurrent appointments and talent-programme ties.",
        ["foreign-jurisdiction"] = "Prefer a governing law and forum where our rights can be enforced; arbitration seated in a neutral state under a New York Convention member.",
        ["publication-control"] = "Keep the right to publish after a short review period; no indefinite secrecy, and disclose all participation and funding.",
        ["end-use"] = "Require end-use and end-user statements, forbid re-export without consent, and screen against the End User List before shipping.",
        ["confidentiality"] = "Confidentiality duties, non-use, return or destruction and no reverse engineering should cover everything disclosed.",
        ["export-compliance"] = "Add an export-control clause: compliance with the Foreign Exchange and Foreign Trade Act, classification (該非判定), licences, no re-export without consent.",
        ["change-of-control"] = "Add a right to terminate, or to require consent, when the counterparty's control changes or it becomes a restricted party.",
        ["non-solicit"] = "Add a no-solicitation clause for our researchers and engineers during the term and for a period after it.",
        ["assignment-restriction"] = "Forbid assignment, transfer and sublicensing without prior written consent.",
    };

    public static string For(string label) => s_byLabel.TryGetValue(label, out var text) ? text : string.Empty;
}
