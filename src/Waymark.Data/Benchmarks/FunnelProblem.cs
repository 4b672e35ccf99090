namespace Waymark.Data.Benchmarks;

/// <summary>Why the store has no funnel plot for what was asked.</summary>
/// <param name="Field">What was asked that is wrong: <c>measure</c> or <c>period</c>.</param>
/// <param name="Message">What is wrong, quoting what was given, and what to give instead.</param>
/// <param name="NotFound">
/// Whether what was asked reads well but the store has nothing for it (an unknown measure, a period without LAs'
/// counts), rather than being wrong in itself (a period that is not one, a measure in days).
/// </param>
public sealed record FunnelProblem(string Field, string Message, bool NotFound);
