package nl.beroepsregister.api;

import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Files go out as attachments with their type from their content, never to be sniffed or cached by the browser. */
public final class Downloads {

    private Downloads() {
    }

    public static Response attachment(byte[] content, String contentType, String filename) {
        String ascii = filename.replaceAll("[^A-Za-z0-9._ -]", "_");
        String encoded = URLEncoder.encode(filename, StandardCharsets.UTF_8).replace("+", "%20");
        CacheControl privateNoStore = new CacheControl();
        privateNoStore.setPrivate(true);
        privateNoStore.setNoStore(true);
        return Response.ok(content, contentType)
                .header("Content-Disposition", "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded)
                .header("X-Content-Type-Options", "nosniff")
                .cacheControl(privateNoStore)
                .build();
    }
}
