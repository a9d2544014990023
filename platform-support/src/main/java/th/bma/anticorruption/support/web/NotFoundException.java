package th.bma.anticorruption.support.web;

/** 404 problem+json. Also what a scoped officer gets for a case outside their scope, as if it did not exist. */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String detail) {
        super(detail);
    }
}
