package com.safeward.texts;

import java.time.Instant;
import java.util.Locale;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import com.safeward.kernel.Text;

/**
 * Renders {@link Text}s in the reader's language (the request's locale, Chinese by default):
 * nested texts through their own messages, instants in the display zone, people by display name.
 * Templates call it as {@code ${@texts.render(entry.text)}} and {@code ${@texts.person(username)}}.
 */
@Component("texts")
public class Texts {

    /**
     * Arguments a message may name and a text not give (entries written before the message had
     * them) show as nothing rather than as "{2}".
     */
    private static final int PADDED_ARGUMENTS = 12;

    /**
     * The language of texts that leave SafeWard for Chinese authorities and work groups (official
     * escalation reports, robot, webhook and email messages), whoever caused them.
     */
    public static final Locale OUTBOUND = Locale.SIMPLIFIED_CHINESE;

    private final MessageSource messages;
    private final DisplayTimes times;
    private final ObjectProvider<PersonNames> names;

    Texts(MessageSource messages, DisplayTimes times, ObjectProvider<PersonNames> names) {
        this.messages = messages;
        this.times = times;
        this.names = names;
    }

    /** In the current request's language. */
    public String render(Text text) {
        return text == null ? "" : render(text, LocaleContextHolder.getLocale());
    }

    public String render(Text text, Locale locale) {
        Object[] args = new Object[Math.max(text.args().size(), PADDED_ARGUMENTS)];
        java.util.Arrays.fill(args, "");
        for (int i = 0; i < text.args().size(); i++) {
            args[i] = argument(text.args().get(i), locale);
        }
        return messages.getMessage(text.key(), args, text.key(), locale);
    }

    /** The message {@code key} in the current language (a column header, a label). */
    public String message(String key, Object... args) {
        return render(Text.of(key, args));
    }

    /** An enum constant's label in the current language. */
    public String label(Enum<?> value) {
        return value == null ? "" : render(Text.of(value));
    }

    /**
     * Who did something, as people read it: an account by its display name, the system and devices
     * in words ("system" and "device:ED-PB-01" are what the records keep).
     */
    public String person(String username) {
        return username == null ? "" : render(actor(username));
    }

    private Text actor(String username) {
        if ("system".equals(username)) {
            return Text.of("actor.system");
        }
        if (username.startsWith("device:")) {
            return Text.of("actor.device", username.substring("device:".length()));
        }
        return Text.of("actor.person", Text.person(username));
    }

    private Object argument(Object arg, Locale locale) {
        if (arg instanceof Number number) {
            return number.toString(); // ids and counts, never "1,234"
        }
        if (arg instanceof Text nested) {
            return render(nested, locale);
        }
        if (arg instanceof Instant instant) {
            return times.format(instant);
        }
        if (arg instanceof Text.Person person) {
            PersonNames known = names.getIfAvailable();
            return known == null ? person.username() : known.displayName(person.username()).orElse(person.username());
        }
        return arg;
    }
}
