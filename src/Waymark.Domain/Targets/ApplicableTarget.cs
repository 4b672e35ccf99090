namespace Waymark.Targets;

/// <summary>The target that applies to a period, and where it came from.</summary>
/// <param name="Value">The target value, at the indicator's decimals.</param>
/// <param name="Basis">Whether it was set for the period, taken from the year, or pro-rated from the year.</param>
public readonly record struct ApplicableTarget(decimal Value, TargetBasis Basis);
