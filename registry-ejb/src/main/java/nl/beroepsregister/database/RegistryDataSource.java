package nl.beroepsregister.database;

import java.io.PrintWriter;
import java.lang.reflect.InvocationTargetException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * The data source behind {@code java:app/jdbc/registry}: it chooses the database's own data source from the URL, so
 * that an operator switches from the embedded H2 to PostgreSQL by setting {@code registry.db.url} alone. The server
 * pools the connections.
 */
public class RegistryDataSource implements DataSource {

    private String url;
    private String user;
    private String password;
    private volatile DataSource target;

    public void setUrl(String url) {
        this.url = url;
        this.target = null;
    }

    public void setURL(String url) {
        setUrl(url);
    }

    public String getUrl() {
        return url;
    }

    public void setUser(String user) {
        this.user = user;
        this.target = null;
    }

    public String getUser() {
        return user;
    }

    public void setPassword(String password) {
        this.password = password;
        this.target = null;
    }

    private DataSource target() throws SQLException {
        DataSource current = target;
        if (current == null) {
            current = create();
            target = current;
        }
        return current;
    }

    private DataSource create() throws SQLException {
        if (url == null || url.isBlank()) {
            throw new SQLException("registry.db.url is not set");
        }
        String className;
        if (url.startsWith("jdbc:postgresql:")) {
            className = "org.postgresql.ds.PGSimpleDataSource";
        } else if (url.startsWith("jdbc:h2:")) {
            className = "org.h2.jdbcx.JdbcDataSource";
        } else {
            throw new SQLException("Unsupported database URL (PostgreSQL or H2 expected): "
                    + url.substring(0, Math.min(url.length(), 20)));
        }
        try {
            Class<?> type = Class.forName(className, true, RegistryDataSource.class.getClassLoader());
            Object dataSource = type.getDeclaredConstructor().newInstance();
            type.getMethod(className.startsWith("org.h2") ? "setURL" : "setUrl", String.class)
                    .invoke(dataSource, url);
            type.getMethod("setUser", String.class).invoke(dataSource, user);
            type.getMethod("setPassword", String.class).invoke(dataSource, password);
            return (DataSource) dataSource;
        } catch (ReflectiveOperationException e) {
            Throwable cause = e instanceof InvocationTargetException ite ? ite.getCause() : e;
            throw new SQLException("Cannot create the data source " + className, cause);
        }
    }

    @Override
    public Connection getConnection() throws SQLException {
        return target().getConnection();
    }

    @Override
    public Connection getConnection(String username, String pass) throws SQLException {
        return target().getConnection(username, pass);
    }

    @Override
    public PrintWriter getLogWriter() throws SQLException {
        return target().getLogWriter();
    }

    @Override
    public void setLogWriter(PrintWriter out) throws SQLException {
        target().setLogWriter(out);
    }

    @Override
    public void setLoginTimeout(int seconds) throws SQLException {
        target().setLoginTimeout(seconds);
    }

    @Override
    public int getLoginTimeout() throws SQLException {
        return target().getLoginTimeout();
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        return Logger.getLogger("nl.beroepsregister.database");
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        if (type.isInstance(this)) {
            return type.cast(this);
        }
        return target().unwrap(type);
    }

    @Override
    public boolean isWrapperFor(Class<?> type) throws SQLException {
        return type.isInstance(this) || target().isWrapperFor(type);
    }
}
