namespace Intake.Pipeline.Scoring.Polarity;

/// <summary>
/// Acts that a safeguard forbids and an exposure permits. Polarity is decided per act: the same
/// clause can forbid assignment and permit subcontracting.
/// </summary>
public enum PolarityTopic
{
    /// <summary>Assigning or transferring the agreement, its rights or a licence (譲渡・承継).</summary>
    Assignment,

    /// <summary>Granting sublicences (再実施許諾・再許諾・サブライセンス).</summary>
    Sublicensing,

    /// <summary>Subcontracting or delegating the work (再委託).</summary>
    Subcontracting,

    /// <summary>Export, re-export, or taking goods or technology outside the territory (輸出・再輸出).</summary>
    Export,

    /// <summary>Using the technology after the agreement ends (終了後の使用).</summary>
    UseAfterTermination,

    /// <summary>Reverse engineering, decompiling, analysing composition (リバースエンジニアリング).</summary>
    ReverseEngineering,

    /// <summary>Modifying the technology or making derivatives (改変・改良).</summary>
    Modification,
}

/// <summary>What a clause says about an act: it permits it, it restricts it, or it does not say.</summary>
public enum ClausePolarity
{
    /// <summary>No cue for the act, or the wording neither permits nor restricts it (an obligation, a condition).</summary>
    Unstated,

    /// <summary>The act is allowed without the other party's consent.</summary>
    Permission,

    /// <summary>The act is forbidden, or allowed only with consent.</summary>
    Restriction,
}

/// <summary>The polarity of one act in one clause and the sentence part that decided it.</summary>
public sealed record PolarityReading(PolarityTopic Topic, ClausePolarity Polarity, string? Evidence)
{
    public static PolarityReading Unstated(PolarityTopic topic) => new(topic, ClausePolarity.Unstated, null);
}
