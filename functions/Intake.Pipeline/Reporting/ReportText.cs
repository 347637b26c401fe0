using System.Globalization;
using Intake.Pipeline.Classification;
using Intake.Pipeline.Extraction;
using Intake.Pipeline.Guidance;
using Intake.Pipeline.Scanning;
using Intake.Pipeline.Scoring;
using Intake.Pipeline.Signals;
using Intake.Pipeline.Signals.Parties;
using Intake.Pipeline.Signals.Screening;

namespace Intake.Pipeline.Reporting;

/// <summary>
/// The words of the HTML report in Japanese and English: a Japanese document gets a Japanese page,
/// headings and legends included; the console table of <c>intake scan</c> uses the same words. Ids (labels,
/// routes, statuses) stay as the JSON report spells them.
/// </summary>
public static class ReportText
{
    public static readonly LocalizedText Summary = new("概要", "Summary");
    public static readonly LocalizedText BySeverity = new("重大度別の所見数", "Findings by severity");
    public static readonly LocalizedText ByRoute = new("流出経路別の所見数", "Findings by route");
    public static readonly LocalizedText NoRoute = new("経路なし", "No route");
    public static readonly LocalizedText NoCountedFindings = new("集計対象の所見はない。", "No counted findings.");
    public static readonly LocalizedText Document = new("文書", "Document");
    public static readonly LocalizedText Status = new("状態", "Status");
    public static readonly LocalizedText Risk = new("リスク", "Risk");
    public static readonly LocalizedText Language = new("言語", "Language");
    public static readonly LocalizedText Pages = new("ページ数", "Pages");
    public static readonly LocalizedText Clauses = new("条項数", "Clauses");
    public static readonly LocalizedText FindingCount = new("所見数", "Findings");
    public static readonly LocalizedText Reason = new("理由", "Reason");
    public static readonly LocalizedText DocumentType = new("文書種別", "Document type");
    public static readonly LocalizedText CommentarySkipped = new("注釈として除外", "Commentary skipped");
    public static readonly LocalizedText Model = new("モデル", "Model");
    public static readonly LocalizedText NoModel = new("未導入（条項は所見なしで報告）", "none installed: clauses are reported without findings");
    public static readonly LocalizedText Direction = new("条項の向き", "Direction");
    public static readonly LocalizedText FileType = new("ファイル形式", "File type");
    public static readonly LocalizedText Source = new("ファイル", "Source");
    public static readonly LocalizedText WhyThisRisk = new("このリスクレベルの理由", "Why this risk level");
    public static readonly LocalizedText Signals = new("シグナル", "Signals");
    public static readonly LocalizedText Parties = new("当事者", "Parties");
    public static readonly LocalizedText NoParties = new("前文・署名欄に当事者は見つからない", "none found in the preamble or signature block");
    public static readonly LocalizedText Screening = new("照合", "Screening");
    public static readonly LocalizedText Preamble = new("前文", "preamble");
    public static readonly LocalizedText SignatureBlock = new("署名欄", "signature block");
    public static readonly LocalizedText NoSignals = new("指定技術・規制品目・リスト掲載者は見つからない。", "No designated technology, controlled item or listed party found.");
    public static readonly LocalizedText SeverityHeader = new("重大度", "Severity");
    public static readonly LocalizedText Signal = new("シグナル", "Signal");
    public static readonly LocalizedText List = new("リスト", "List");
    public static readonly LocalizedText Where = new("位置", "Where");
    public static readonly LocalizedText WhatWhyTodo = new("内容・理由・対応", "What, why and what to do");
    public static readonly LocalizedText Findings = new("所見", "Findings");
    public static readonly LocalizedText PossibleFindings = new("可能性のある所見", "Possible findings");
    public static readonly LocalizedText Labels = new("ラベル", "Labels");
    public static readonly LocalizedText Confidence = new("確度", "Confidence");
    public static readonly LocalizedText ClauseAndExplanation = new("条項と説明", "Clause and explanation");
    public static readonly LocalizedText Why = new("根拠語", "Why");
    public static readonly LocalizedText WhyItMatters = new("重要な理由", "Why it matters");
    public static readonly LocalizedText Route = new("経路", "Route");
    public static readonly LocalizedText Guidance = new("ガイダンス", "Guidance");
    public static readonly LocalizedText Practice = new("実務", "Practice");
    public static readonly LocalizedText Recommendation = new("推奨対応", "Recommendation");
    public static readonly LocalizedText WholeDocument = new("文書全体", "whole document");
    public static readonly LocalizedText MissingSafeguard = new("欠落した保護条項", "missing safeguard");
    public static readonly LocalizedText Permitted = new("同意なしに許容", "permitted without consent");
    public static readonly LocalizedText SafeguardFamily = new("保護条項", "safeguard");
    public static readonly LocalizedText ExposureFamily = new("流出リスク", "exposure");

    /// <summary>": " after a field name; a full-width colon in Japanese.</summary>
    public static string Colon(string? language) => language is "ja" ? "：" : ": ";

    public static string SeverityName(Severity severity, string? language) => severity switch
    {
        Severity.High => language is "ja" ? "高" : "High",
        Severity.Medium => language is "ja" ? "中" : "Medium",
        Severity.Low => language is "ja" ? "低" : "Low",
        _ => language is "ja" ? "情報" : "Info",
    };

    // A Japanese page names a status, risk level or document type in Japanese and keeps the JSON id beside it,
    // so a reader can match the page with the JSON; an English page shows the id, which is already English.
    public static string StatusName(DocumentStatus status, string? language) => language is not "ja" ? status.ToString() : status switch
    {
        DocumentStatus.Completed => "完了（Completed）",
        DocumentStatus.NeedsOcr => "OCR が必要（NeedsOcr）",
        DocumentStatus.Rejected => "受付不可（Rejected）",
        DocumentStatus.Failed => "処理失敗（Failed）",
        _ => status.ToString(),
    };

    public static string RiskName(RiskLevel risk, string? language) => language is not "ja" ? risk.ToString() : risk switch
    {
        RiskLevel.None => "なし（None）",
        RiskLevel.Low => "低（Low）",
        RiskLevel.Medium => "中（Medium）",
        RiskLevel.High => "高（High）",
        _ => risk.ToString(),
    };

    public static string DocumentTypeName(DocumentType type, string? language) =>
        language is "ja" ? $"{DisplayNames.DocumentType(type, language)}（{type}）" : type.ToString();

    /// <summary>Where a party was found, in the report's language.</summary>
    public static string Section(PartySection section, string? language) =>
        (section == PartySection.Preamble ? Preamble : SignatureBlock).In(language);

    /// <summary>How many signal findings matched a listed name (exactly, by alias or by a similar name): the count the screening line reports.</summary>
    public static int ListedNameMatches(DocumentReport document) =>
        document.Findings.Count(f => f.Signal?.Basis is SignalBasis.ExactName or SignalBasis.Alias or SignalBasis.SimilarName);

    /// <summary>
    /// The screening line of the report in its language. The JSON <c>screening.note</c> stays the English sentence
    /// (a stable interface); a Japanese page says the same from the screening's counts.
    /// </summary>
    public static string ScreeningNote(PartyScreening screening, int matched, string? language)
    {
        if (language is not "ja")
        {
            return screening.Screened
                ? string.Create(CultureInfo.InvariantCulture, $"{screening.Note} ({screening.Entries} entries in {string.Join(", ", screening.Lists)}; {screening.NamesChecked} names checked)")
                : screening.Note;
        }

        if (!screening.Screened)
        {
            return "照合リストが設定されていないため、当事者は照合していない";
        }

        var outcome = matched == 0
            ? "当事者・記載された組織名はいずれもリスト掲載者に一致しない"
            : string.Create(CultureInfo.InvariantCulture, $"リスト掲載者に一致または類似する名称が {matched} 件ある");
        return string.Create(CultureInfo.InvariantCulture, $"照合済み：{outcome}（{string.Join("、", screening.Lists)} の {screening.Entries} 件に対し {screening.NamesChecked} 名を照合）");
    }

    public static string Page(int page, string? language) =>
        language is "ja" ? string.Create(CultureInfo.InvariantCulture, $"{page}ページ") : string.Create(CultureInfo.InvariantCulture, $"p. {page}");

    public static string Documents(int count, string? language) => language is "ja"
        ? string.Create(CultureInfo.InvariantCulture, $"Intake レポート（{count} 文書）")
        : string.Create(CultureInfo.InvariantCulture, $"Intake report: {count} document{(count == 1 ? string.Empty : "s")}");

    public static string CommentaryClauses(int count, string? language) => language is "ja"
        ? string.Create(CultureInfo.InvariantCulture, $"{count} 条項（所見の対象外）")
        : string.Create(CultureInfo.InvariantCulture, $"{count} clauses (no findings from them)");

    /// <summary>"2 文書：完了（Completed） 1、OCR が必要（NeedsOcr） 1 · リスク：高（High） 1": the Japanese of <see cref="HtmlReportRenderer.SummaryLine"/>.</summary>
    public static string DocumentsLine(IReadOnlyList<DocumentReport> documents)
    {
        var statuses = documents.GroupBy(d => d.Status).OrderBy(g => g.Key).Select(g => string.Create(CultureInfo.InvariantCulture, $"{StatusName(g.Key, "ja")} {g.Count()}"));
        var risks = documents.Where(d => d.RiskLevel > RiskLevel.None).GroupBy(d => d.RiskLevel).OrderByDescending(g => g.Key)
            .Select(g => string.Create(CultureInfo.InvariantCulture, $"{RiskName(g.Key, "ja")} {g.Count()}")).ToList();
        var line = string.Create(CultureInfo.InvariantCulture, $"{documents.Count} 文書：{string.Join("、", statuses)}");
        return risks.Count == 0 ? line : line + " · リスク：" + string.Join("、", risks);
    }

    /// <summary>The sentence under the picture that says which findings it counts and where the others are.</summary>
    public static string Counted(int counted, int possible, double minimumConfidence, string? language)
    {
        var threshold = minimumConfidence.ToString("0.00", CultureInfo.InvariantCulture);
        return language is "ja"
            ? string.Create(CultureInfo.InvariantCulture, $"集計対象: 確度 {threshold} 以上の所見 {counted} 件（リスクレベルは、このうち流出リスク・欠落した保護条項・シグナルに基づく）。確度 {threshold} 未満の {possible} 件は「{PossibleFindings.Ja}」として別に示し、集計しない。")
            : string.Create(CultureInfo.InvariantCulture, $"Counted: {counted} finding{(counted == 1 ? string.Empty : "s")} with confidence ≥ {threshold} (the risk level rests on the exposures, missing safeguards and signals among them). {possible} finding{(possible == 1 ? string.Empty : "s")} below {threshold} {(possible == 1 ? "is" : "are")} shown apart under “{PossibleFindings.En}” and not counted.");
    }

    public static string PossibleNote(double minimumConfidence, string? language)
    {
        var threshold = minimumConfidence.ToString("0.00", CultureInfo.InvariantCulture);
        return language is "ja"
            ? $"確度 {threshold} 未満のため集計しない所見。確認の参考として示す。"
            : $"Confidence below {threshold}: not counted in the summary or the risk level; shown for review.";
    }
}
