namespace Waymark.Web.Demo;

/// <summary>A demo user given a password, for the one message that shows it.</summary>
public sealed record DemoAccount(string Role, string Email, string Name, string Password);
