using System.Text.RegularExpressions;

namespace Intake.Pipeline.Scoring.Polarity;

/// <summary>
/// Decides whether a clause permits or restricts an act (assign, sublicense, subcontract, export,
/// use after termination, reverse engineer, modify), from its wording in English or Japanese.
/// The clause model recognises what a clause is about but not which way it points ("may subcontract
/// without consent" and "shall not subcontract without consent" look alike to n-grams), so this
/// small rule layer reads the direction.
/// <para>
/// How: the clause is cut into sentences, and sentences into parts at 「ただし」, "provided that",
/// "except that", "but" and semicolons (parts after those words are exceptions). For each mention
/// of the act the governing words are read — in English the modal before the act ("may", "shall
/// not", "no right to", "neither … may"), in Japanese the first predicate after it (「できる」
/// 「してはならない」「できない」「禁止する」「ものとする」), because Japanese puts the verb last.
/// In that order: "no consent is required" / 「承諾を要しない」「妨げない」 is a permission; a negation
/// is a restriction; a consent condition ("with the prior written consent", 「承諾を得て」
/// 「承諾を得なければ」) is a restriction; a permissive modal ("may", "is free to", 「できる」
/// 「自由に」) is a permission; anything else (an obligation, a condition "if Licensee assigns …",
/// 「…した場合」) leaves the act unstated and the model's label stands.
/// A clause permits an act when some part outside an exception permits it; otherwise it restricts
/// it when some part restricts it (a carve-out in an exception does not undo the restriction).
/// </para>
/// </summary>
public static partial class PolarityRules
{
    public static PolarityReading Read(string clauseText, PolarityTopic topic)
    {
        ArgumentNullException.ThrowIfNull(clauseText);
        var cue = CueOf(topic);
        PolarityReading? restriction = null;
        PolarityReading? exceptionPermission = null;
        foreach (var part in Parts(clauseText))
        {
            foreach (Match mention in cue.Matches(part.Text))
            {
                var polarity = ReadMention(part.Text, mention, topic);
                if (polarity == ClausePolarity.Permission && !part.IsException)
                {
                    return new PolarityReading(topic, ClausePolarity.Permission, part.Text.Trim());
                }

                if (polarity == ClausePolarity.Permission)
                {
                    exceptionPermission ??= new PolarityReading(topic, ClausePolarity.Permission, part.Text.Trim());
                }
                else if (polarity == ClausePolarity.Restriction)
                {
                    restriction ??= new PolarityReading(topic, ClausePolarity.Restriction, part.Text.Trim());
                }
            }
        }

        return restriction ?? exceptionPermission ?? PolarityReading.Unstated(topic);
    }

    /// <summary>True when the clause mentions the act at all.</summary>
    public static bool Mentions(string clauseText, PolarityTopic topic) => CueOf(topic).IsMatch(clauseText);

    private static ClausePolarity ReadMention(string part, Match mention, PolarityTopic topic)
    {
        var before = part[..mention.Index];
        var after = part[(mention.Index + mention.Length)..];
        if (NoConsentNeeded().IsMatch(part))
        {
            return ClausePolarity.Permission;
        }

        // "Upon termination, Licensee shall cease all use", 「終了した場合、使用を中止する」: the end of use is the restriction.
        if (topic == PolarityTopic.UseAfterTermination && EndOfUse().IsMatch(part))
        {
            return ClausePolarity.Restriction;
        }

        // "The licence shall survive termination": surviving the agreement is using after it.
        if (topic == PolarityTopic.UseAfterTermination && mention.Value.StartsWith("surviv", StringComparison.OrdinalIgnoreCase) && !EnglishModal().Matches(before).Any(m => m.Groups["neg"].Success))
        {
            return ClausePolarity.Permission;
        }

        return IsJapanese(mention.Value) ? ReadJapanese(part, after) : ReadEnglish(part, before, mention.Value, after);
    }

    // Japanese: the predicate comes after the act. The first polarity word after it decides,
    // unless a condition (「…した場合」「…したときは」) comes first: then the act is the trigger of
    // something else (a right to terminate), not what the clause permits.
    private static ClausePolarity ReadJapanese(string part, string after)
    {
        var predicate = JapanesePredicate().Match(after);
        if (!predicate.Success)
        {
            return JapaneseConsentRequired().IsMatch(part) ? ClausePolarity.Restriction : ClausePolarity.Unstated;
        }

        if (predicate.Groups["neg"].Success || JapaneseConsentRequired().IsMatch(part))
        {
            return ClausePolarity.Restriction;
        }

        var condition = JapaneseCondition().Match(after);
        if (condition.Success && condition.Index < predicate.Index)
        {
            return ClausePolarity.Unstated;
        }

        return predicate.Groups["perm"].Success ? ClausePolarity.Permission : ClausePolarity.Unstated;
    }

    // English: the modal before the act governs it ("Licensee may not, without consent, assign").
    // Without a modal before it, the words after it do ("Assignment without consent is prohibited").
    private static ClausePolarity ReadEnglish(string part, string before, string act, string after)
    {
        if (NegatedAct().IsMatch(act))
        {
            return ClausePolarity.Restriction;
        }

        var modals = EnglishModal().Matches(before);
        if (modals.Count == 0 && EnglishModal().Match(after) is { Success: true } following)
        {
            // "After expiration, the Partner may not use …": a fronted phrase, the modal follows it.
            return following.Groups["neg"].Success || EnglishConsentRequired().IsMatch(part) ? ClausePolarity.Restriction
                : following.Groups["perm"].Success || EnglishFreely().IsMatch(part) ? ClausePolarity.Permission
                : EnglishNegation().IsMatch(after) ? ClausePolarity.Restriction
                : ClausePolarity.Unstated;
        }

        if (modals.Count == 0)
        {
            if (EnglishNegation().IsMatch(after) || EnglishNegation().IsMatch(before))
            {
                return ClausePolarity.Restriction;
            }

            if (EnglishConsentRequired().IsMatch(part))
            {
                return ClausePolarity.Restriction;
            }

            return EnglishPermissionAfter().IsMatch(after) || EnglishFreely().IsMatch(part) ? ClausePolarity.Permission : ClausePolarity.Unstated;
        }

        var modal = modals[^1];
        var between = before[(modal.Index + modal.Length)..];
        if (EnglishCondition().IsMatch(between))
        {
            return ClausePolarity.Unstated;
        }

        if (modal.Groups["neg"].Success || NegativeSubject().IsMatch(before))
        {
            return ClausePolarity.Restriction;
        }

        if (EnglishConsentRequired().IsMatch(part))
        {
            return ClausePolarity.Restriction;
        }

        if (modal.Groups["perm"].Success || EnglishFreely().IsMatch(part))
        {
            return ClausePolarity.Permission;
        }

        return WithoutConsent().IsMatch(part) ? ClausePolarity.Permission : ClausePolarity.Unstated;
    }

    private static bool IsJapanese(string text) => text.Any(c => c is >= '\u3040' and <= '\u30FF' or >= '\u4E00' and <= '\u9FFF');

    private static IEnumerable<(string Text, bool IsException)> Parts(string clauseText)
    {
        foreach (var sentence in SentenceBreak().Split(clauseText))
        {
            var pieces = PartBreak().Split(sentence);
            var isException = false;
            foreach (var piece in pieces)
            {
                if (PartBreak().IsMatch(piece) && PartBreak().Match(piece).Length == piece.Length)
                {
                    isException = ExceptionWord().IsMatch(piece);
                    continue;
                }

                if (!string.IsNullOrWhiteSpace(piece))
                {
                    yield return (piece, isException);
                }
            }
        }
    }

    private static Regex CueOf(PolarityTopic topic) => topic switch
    {
        PolarityTopic.Assignment => AssignmentCue(),
        PolarityTopic.Sublicensing => SublicensingCue(),
        PolarityTopic.Subcontracting => SubcontractingCue(),
        PolarityTopic.Export => ExportCue(),
        PolarityTopic.UseAfterTermination => UseAfterTerminationCue(),
        PolarityTopic.ReverseEngineering => ReverseEngineeringCue(),
        PolarityTopic.Modification => ModificationCue(),
        _ => throw new ArgumentOutOfRangeException(nameof(topic), topic, null),
    };

    // --- what the act looks like -------------------------------------------------------------

    [GeneratedRegex(@"\b(?:non-?)?(?:assign(?:s|ed|ing|ment|able)?|transfer(?:s|red|ring|able)?|novat\w*)\b|譲渡|承継|移転", RegexOptions.IgnoreCase)]
    private static partial Regex AssignmentCue();

    [GeneratedRegex(@"\b(?:non-?)?sub-?licen[cs]\w*|再実施許諾|再許諾|再使用許諾|サブライセンス", RegexOptions.IgnoreCase)]
    private static partial Regex SublicensingCue();

    [GeneratedRegex(@"\bsub-?contract\w*|\bdelegat\w*|\boutsourc\w*|再委託|下請|外部に委託|第三者に委託", RegexOptions.IgnoreCase)]
    private static partial Regex SubcontractingCue();

    [GeneratedRegex(@"\b(?:re-?)?export\w*|\boutside (?:of )?the (?:Territory|Country|Licensed Territory)|再輸出|輸出|国外に(?:持ち出|移転|提供)|地域外", RegexOptions.IgnoreCase)]
    private static partial Regex ExportCue();

    [GeneratedRegex(@"\b(?:after|following|beyond|upon|on) (?:the )?(?:expiration|expiry|termination|end)\b|\bsurviv\w* (?:the )?(?:expiration|termination)|終了後|終了した(?:後|場合|とき)|失効後|満了後", RegexOptions.IgnoreCase)]
    private static partial Regex UseAfterTerminationCue();

    [GeneratedRegex(@"\breverse[- ]?engineer\w*|\bdecompil\w*|\bdisassembl\w*|リバースエンジニアリング|逆コンパイル|逆アセンブル|組成(?:また|もしく)?は構造を特定するための分析|解析", RegexOptions.IgnoreCase)]
    private static partial Regex ReverseEngineeringCue();

    [GeneratedRegex(@"\bmodif(?:y|ies|ied|ying|ication)\w*|\bderivative\w*|\bimprove\w*|改変|改良|翻案|派生", RegexOptions.IgnoreCase)]
    private static partial Regex ModificationCue();

    // --- how sentences are cut ---------------------------------------------------------------

    [GeneratedRegex(@"(?<=[。．！？])|(?<=[.!?])\s+(?=[A-Z(\[])")]
    private static partial Regex SentenceBreak();

    // Kept in the split result (capturing group) so Parts knows whether the next part is an exception.
    [GeneratedRegex(@"([;；]|ただし、?|但し、?|,?\s*\bprovided,?\s+(?:however,?\s+)?that\b|,?\s*\bprovided,?\s+however\b|,?\s*\bexcept that\b|,\s*but\b|,?\s*\bhowever,|^\s*notwithstanding (?:the foregoing|anything to the contrary)[^,]*,|^[^。]{0,20}(?:の定め|の規定)?にかかわらず、)", RegexOptions.IgnoreCase)]
    private static partial Regex PartBreak();

    [GeneratedRegex(@"ただし|但し|provided|except|however|notwithstanding|かかわらず", RegexOptions.IgnoreCase)]
    private static partial Regex ExceptionWord();

    // --- the words that decide ---------------------------------------------------------------

    // "Licensee shall not be required to obtain consent", 「承諾を要しない」, 「妨げない」: a negation that permits.
    [GeneratedRegex(@"\bnot (?:be )?(?:required|obliged|obligated) to (?:obtain|seek|request)|\bneed not (?:obtain|seek)|\bno (?:prior )?(?:written )?(?:consent|approval)\b[^.;]{0,40}\b(?:is|shall be|will be) (?:required|needed|necessary)|\bwithout (?:the )?need (?:for|to obtain)|\bnothing in this agreement (?:shall|will) (?:prevent|prohibit|restrict|limit)|(?<!including )(?<!including, )(?<!include )\bwithout (?:any )?restriction\b|(?:承諾|同意|承認|許可)を(?:要しない|要せず|必要としない|必要とせず)|妨げない|妨げるものではない|制限なく|制約なく", RegexOptions.IgnoreCase)]
    private static partial Regex NoConsentNeeded();

    [GeneratedRegex(@"^non-?", RegexOptions.IgnoreCase)]
    private static partial Regex NegatedAct();

    // The last of these before the act governs it. "neg": a negated modal; "perm": a permissive one; else an obligation.
    [GeneratedRegex(@"(?<neg>\b(?:shall|may|must|will|can|could|should|is|are|be|does|do)\s+not\b(?:\s+(?:be\s+)?(?:entitled|permitted|allowed|authori[sz]ed|free)\s+to\b|\s+have\s+(?:the|any)\s+right\s+to\b)?|\bcannot\b|\bcan't\b|\bno right\b|\bnot (?:be )?(?:entitled|permitted|allowed|authori[sz]ed|free)\b|\brefrain from\b|\bprohibited from\b|\bin no event\b)|(?<perm>\bmay\b|\bcan\b|\b(?:is|are|be|remain)s? free to\b|\bfreely\b|\bright to\b|\bentitled to\b|\b(?:is|are|be) (?:permitted|allowed|authori[sz]ed) to\b|\bwith the right\b|\bat (?:its|their) (?:sole )?discretion\b)|\b(?:shall|will|must|agrees? to|undertakes? to)\b", RegexOptions.IgnoreCase)]
    private static partial Regex EnglishModal();

    [GeneratedRegex(@"\bneither\b|\bnor\b|\bno (?:party|licensee|licensor|distributor|supplier|customer|buyer|recipient|contractor|company)\b", RegexOptions.IgnoreCase)]
    private static partial Regex NegativeSubject();

    [GeneratedRegex(@"\b(?:is|are|shall be|will be) (?:strictly )?(?:prohibited|forbidden|not (?:permitted|allowed))\b|\bshall be (?:null and )?void\b|\bno right\b|\bprohibit\w*|\bforbid\w*", RegexOptions.IgnoreCase)]
    private static partial Regex EnglishNegation();

    [GeneratedRegex(@"\b(?:is|are|shall be|will be) (?:hereby )?(?:permitted|allowed|authori[sz]ed)\b|\b(?:is|are|shall be) (?:freely )?(?:assignable|transferable|sublicensable|sublicenseable)\b", RegexOptions.IgnoreCase)]
    private static partial Regex EnglishPermissionAfter();

    [GeneratedRegex(@"\bfreely\b|\bfree to\b|\bto any (?:third party|person|country|destination|entity)\b", RegexOptions.IgnoreCase)]
    private static partial Regex EnglishFreely();

    [GeneratedRegex(@"\bwithout (?:the )?(?:need for |requiring |obtaining |seeking )?(?:any |the )?(?:prior )?(?:express )?(?:written )?(?:consent|approval|permission)", RegexOptions.IgnoreCase)]
    private static partial Regex WithoutConsent();

    // Consent as a condition: "with the prior written consent", "subject to", "only with", "unless … consents".
    [GeneratedRegex(@"\bwith (?:the )?(?:\w+(?:'s|’s)? )?(?:prior )?(?:express )?(?:written )?(?:consent|approval|permission|authori[sz]ation)\b|\bsubject to (?:the )?(?:\w+(?:'s|’s)? )?(?:prior )?(?:written )?(?:consent|approval)|\bonly (?:with|after|upon|if|when|to the extent)\b|\b(?:may|can|shall) only\b|\bunless\b[^.;]{0,80}\b(?:consent\w*|approv\w*|agree\w*|authori[sz]\w*|licen[cs]e)|\bupon (?:obtaining|receipt of|receiving)\b[^.;]{0,40}\b(?:consent|approval|licen[cs]e)|\b(?:consent|approval)\b[^.;]{0,40}\b(?:is|shall be) required|\bprovided (?:that )?[^.;]{0,40}\b(?:consents?|approves?)\b|\bexcept (?:with|upon|as (?:authori[sz]ed|permitted)|in accordance with)\b|\b(?:in|only in) (?:strict )?(?:compliance|accordance) with\b[^.;]{0,80}\b(?:laws?|regulations?|rules|licen[cs]es?)\b|\bsubject to\b[^.;]{0,60}\b(?:export|laws?|regulations?|licen[cs]es?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex EnglishConsentRequired();

    [GeneratedRegex(@"\bceas\w*|\bdiscontinu\w*|\bstop (?:using|all use)|\bno longer\b|\breturn or destroy|\bdestroy\b|\b(?:shall|will) (?:automatically |immediately )?(?:terminate|end|lapse|expire|revert)\b|中止|停止|返還|廃棄|消去|(?:使用|利用|実施)(?:を)?しない|終了する", RegexOptions.IgnoreCase)]
    private static partial Regex EndOfUse();

    [GeneratedRegex(@"\b(?:if|in the event|where|when|in case)\b", RegexOptions.IgnoreCase)]
    private static partial Regex EnglishCondition();

    // First predicate after the act. "neg": 〜してはならない, 〜できない, 〜を禁止する, 〜しないものとする; "perm": 〜できる, 〜を認める.
    [GeneratedRegex(@"(?<neg>てはならな|ではならな|ことはできな|ことができな|することはできず|できな|できず|できません|禁止|禁ず|しないものと|しない(?:こと|。|$)|行わない|認めない|許されない|ないものとする|ものではな)|(?<perm>ことができ|できる|できます|自由に|差し支えな|認める|認められる|許諾する|許可する)|(?<oblig>ものとする|しなければならない|義務を負う)")]
    private static partial Regex JapanesePredicate();

    [GeneratedRegex(@"(?:した|する|行った|行う|された)?(?:場合|とき)(?:は|には|、)")]
    private static partial Regex JapaneseCondition();

    // Consent as a condition: 「承諾を得て」「承諾を得なければ」「承認した場合に限り」「承諾を得るものとする」.
    [GeneratedRegex(@"(?:承諾|同意|承認|許可|許諾)を得(?:て|た(?:場合|とき|上で|うえで)|なければ|ない限り|るものとする|る(?:こと|場合)を条件)|(?:承諾|同意|承認|許可)(?:した|する)(?:場合|とき)|(?:承諾|同意|承認|許可)(?:が|の)(?:ある|あった)(?:場合|とき)|(?:承諾|同意|承認|許可)を要する|(?:承諾|同意|承認)がない限り|に限り|を除き、[^。]*(?:てはならな|できな)|(?:法令|法規|規制|規則)(?:等)?(?:を遵守|に従(?:い|って)|を守)|該非判定|(?:許可|承認)を取得")]
    private static partial Regex JapaneseConsentRequired();
}
