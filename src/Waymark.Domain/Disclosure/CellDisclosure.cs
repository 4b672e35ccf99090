namespace Waymark.Disclosure;

/// <summary>Whether a cell is shown, or suppressed and why (<see cref="Reason"/>, null when shown).</summary>
public readonly record struct CellDisclosure(SuppressionReason? Reason)
{
    /// <summary>A cell shown as it is.</summary>
    public static CellDisclosure Shown { get; } = new(null);

    /// <summary>Whether the cell is shown as <c>c</c>.</summary>
    public bool Suppressed => Reason is not null;
}
