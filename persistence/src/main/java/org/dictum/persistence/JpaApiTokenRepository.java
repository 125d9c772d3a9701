package org.dictum.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.dictum.domain.account.ApiToken;
import org.dictum.domain.account.ApiTokenRepository;
import org.dictum.domain.account.UserAccount;

@ApplicationScoped
public class JpaApiTokenRepository implements ApiTokenRepository {

    @PersistenceContext(unitName = DictumPersistenceUnit.NAME)
    EntityManager em;

    @Override
    public Optional<ApiToken> findBySecretHash(String secretHash) {
        return FirstRow.of(em.createQuery("select t from ApiToken t where t.secretHash = :hash", ApiToken.class)
                .setParameter("hash", secretHash));
    }

    @Override
    public Optional<ApiToken> findById(long id) {
        return Optional.ofNullable(em.find(ApiToken.class, id));
    }

    @Override
    public List<ApiToken> ownedBy(UserAccount owner, int limit) {
        return em.createQuery("select t from ApiToken t where t.owner = :owner order by t.createdAt desc, t.id desc",
                        ApiToken.class)
                .setParameter("owner", owner)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public ApiToken save(ApiToken token) {
        if (token.getId() != null) {
            return em.merge(token);
        }
        em.persist(token);
        return token;
    }
}
