namespace ProDevBot.Commands;

/// <summary>A registered <see cref="Subcommand"/>, the type that answers it, and the group it is an action of (or null).</summary>
public sealed record SubcommandEntry(Subcommand Subcommand, Type Handler, SubcommandGroup? Group)
{
    /// <summary>How it is typed: <c>week</c>, or <c>cohort pause</c> for an action.</summary>
    public string Path => Group is null ? Subcommand.Word : $"{Group.Word} {Subcommand.Word}";
}
