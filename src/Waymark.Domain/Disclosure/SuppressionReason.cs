namespace Waymark.Disclosure;

/// <summary>Why a published cell is shown as <c>c</c>.</summary>
public enum SuppressionReason
{
    /// <summary>Primary suppression: a count from 1 to the threshold.</summary>
    SmallCount,

    /// <summary>A percentage or rate whose numerator or denominator is suppressed, or is itself a small count.</summary>
    FromSuppressedCount,

    /// <summary>Secondary suppression: shown, it would let a reader subtract to another suppressed count.</summary>
    ProtectsAnother,
}
