namespace Waymark.Variation;

/// <summary>What is wrong with one of a person's chosen <see cref="XmrSettings"/>.</summary>
/// <param name="Setting">The name of the setting's property, such as <c>ShiftLength</c>, for the caller to name its own field or option.</param>
/// <param name="Message">What is wrong, in words for the person who chose it.</param>
public readonly record struct SettingProblem(string Setting, string Message);
