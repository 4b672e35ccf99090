namespace Waymark.Gaps;

/// <summary>
/// A group of a <see cref="BreakdownDimension"/>, such as <c>ehcp</c> ("EHC plan") of <c>sen_status</c>, with the
/// group it is set against (its complement, such as <c>no_sen</c>), when it has one.
/// </summary>
/// <param name="Code">The group's code: lower-case letters, digits and underscores (see <see cref="BreakdownCodes"/>).</param>
/// <param name="Title">The group as people read it.</param>
/// <param name="Complement">The code of the group it is set against, or null.</param>
public sealed record BreakdownGroup(string Code, string Title, string? Complement = null);
