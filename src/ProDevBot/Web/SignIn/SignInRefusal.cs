namespace ProDevBot.Web.SignIn;

/// <summary>Why a sign-in link did not sign anyone in.</summary>
public enum SignInRefusal
{
    None,

    /// <summary>No such link (mistyped, cut short, or from another bot).</summary>
    Unknown,

    Used,
    Expired,

    /// <summary>The link's coach is no longer on the coach list.</summary>
    NotCoach,
}
