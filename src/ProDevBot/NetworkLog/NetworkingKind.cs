namespace ProDevBot.NetworkLog;

public enum NetworkingKind
{
    CoffeeChat,
    Call,
    Event,
    Message,
    MixItUp,
    Other,
}
