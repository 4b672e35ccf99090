namespace Waymark.Assessments;

/// <summary>One step of a conversion: a block whose points reach <see cref="Minimum"/> (inclusive) scores at least <see cref="Score"/>.</summary>
public readonly record struct ScoreStep(decimal Minimum, int Score);
