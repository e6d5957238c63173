package app.digitpad.ui.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class NoticesTest {

    @Test
    void aNoticeEndsWhenItsTimeIsUpUnlessANewerOneCameMeanwhile() {
        Notices notices = new Notices();
        notices.post("Saved as 4 in My digits");
        long first = notices.postedProperty().get();
        notices.post("Saved the drawing as one.png");
        long second = notices.postedProperty().get();
        notices.expire(first);
        assertEquals("Saved the drawing as one.png", notices.textProperty().get(), "the newer notice stays");
        notices.expire(second);
        assertEquals("", notices.textProperty().get());
    }

    @Test
    void theSameWordsPostedAgainAreANewNotice() {
        Notices notices = new Notices();
        notices.post("Already saved as 4 in My digits");
        long first = notices.postedProperty().get();
        notices.post("Already saved as 4 in My digits");
        notices.expire(first);
        assertEquals("Already saved as 4 in My digits", notices.textProperty().get());
    }
}
