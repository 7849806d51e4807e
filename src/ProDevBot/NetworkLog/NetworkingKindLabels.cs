namespace ProDevBot.NetworkLog;

/// <summary>How each kind of activity reads in the form and in messages.</summary>
public static class NetworkingKindLabels
{
    public static string Label(NetworkingKind kind) => kind switch
    {
        NetworkingKind.CoffeeChat => "Coffee chat",
        NetworkingKind.Call => "Phone or video call",
        NetworkingKind.Event => "Event or meetup",
        NetworkingKind.Message => "Message (LinkedIn, email, Slack)",
        NetworkingKind.MixItUp => "Mix It Up group",
        _ => "Something else",
    };
}
