namespace Waymark.Disclosure;

/// <summary>The sign and the words people read for a suppressed cell.</summary>
public static class DisclosureText
{
    /// <summary>What a suppressed cell shows in place of its figure, as DfE's statistics do.</summary>
    public const string Symbol = "c";

    /// <summary>
    /// Why a cell is suppressed, for its accessible text: "suppressed: a count of 5 or fewer", "suppressed: worked out
    /// from a count of 5 or fewer or another suppressed figure", "suppressed so that another suppressed figure cannot be worked out".
    /// </summary>
    public static string Reason(SuppressionReason reason, SmallNumberThreshold threshold) => reason switch
    {
        SuppressionReason.SmallCount => $"suppressed: a count of {threshold}",
        SuppressionReason.FromSuppressedCount => $"suppressed: worked out from a count of {threshold} or another suppressed figure",
        SuppressionReason.ProtectsAnother => "suppressed so that another suppressed figure cannot be worked out",
        _ => throw new ArgumentOutOfRangeException(nameof(reason), reason, "Unknown suppression reason."),
    };

    /// <summary>The key a table of suppressed figures carries: "c: a figure suppressed to protect confidentiality, such as a count of 5 or fewer".</summary>
    public static string Key(SmallNumberThreshold threshold) =>
        $"{Symbol}: a figure suppressed to protect confidentiality: a count of {threshold}, a figure worked out from one, or one that would let a reader work one out";
}
